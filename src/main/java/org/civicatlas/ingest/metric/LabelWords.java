package org.civicatlas.ingest.metric;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The small lexicon labels are cut with. There is no word segmentation: what is counted
 * is found between punctuation, connectives (累计, 已, 等 …) and the verbs that report work
 * in these pages.
 */
final class LabelWords {

	/** Words that link a subject to its total: 累计接访群众 → 接访群众, 烘焙等公益课程 → 公益课程. */
	static final List<String> CONNECTIVES = byLength("累计", "共计", "总计", "合计", "共有", "共", "已经", "已", "等", "其中", "截至目前",
			"目前");

	/**
	 * Words a phrase may end on before its number that add nothing to what is counted
	 * (学制为1个月, 共有789家, 总量力争达到50万人: the plan is told by the qualifier).
	 */
	static final List<String> TRAILING = byLength("累计", "共计", "总计", "合计", "共有", "共", "已经", "已", "还有", "为", "是", "有",
			"都", "均", "等", "力争", "争取", "预计", "将");

	/** 共 starts these words instead of meaning "in all": 共建, 共同, 共享 … */
	private static final String NOT_AFTER_GONG = "建同享富治商创谋叙话赢育促融管性识青产";

	/**
	 * Verbs that only say that the counted thing exists; the label keeps what follows
	 * them.
	 */
	static final List<String> EXISTENCE = byLength("建立健全", "建立", "建成", "成立", "设立", "新增", "新建", "收到", "收集到", "拥有", "涉及",
			"包括", "形成", "共有");

	/**
	 * The verbs of the work these pages report; a long phrase is cut at the last of them.
	 */
	static final List<String> VERBS = byLength("募集", "筹集", "捐献", "捐赠", "捐资", "培训", "接访", "走访", "化解", "解决", "调解", "收集",
			"征集", "梳理", "选派", "选拔", "选调", "聘用", "聘请", "引进", "引入", "吸引", "吸纳", "带动", "帮助", "帮扶", "服务", "发放", "建立", "成立",
			"设立", "新增", "新建", "建设", "打造", "开展", "组织", "举办", "排查", "发现", "破解", "受理", "办理", "采集", "推送", "归集", "领办", "答疑",
			"反馈", "投入", "投资", "实现", "完成", "覆盖", "涉及", "收回", "预警", "提供", "签约", "引导", "促进", "培育", "招聘", "接听", "录制", "增收",
			"增加", "减少", "下降", "提升", "增长", "慰问", "救助", "资助", "腾退", "改造", "安装", "推出", "启动", "整改", "孵化", "奖抚", "宣讲");

	/**
	 * Where the noun after a measure word ends (54名乡贤参与 → 乡贤): the verbs and adverbs that
	 * start the rest of the clause. Not the reporting verbs above, which also begin nouns
	 * (建设蓝图, 服务制度).
	 */
	static final List<String> PREDICATES = byLength("参与", "参加", "进行", "分别", "齐聚", "主动", "组成", "获得", "得到", "得以", "进驻",
			"入驻", "签订", "接连", "陆续", "先后", "共同", "需要", "可供", "可以", "通过", "正在", "忙于", "享受", "过来", "回来", "纳入", "同时", "打卡",
			"出海", "都", "均", "已", "将", "也", "还", "被", "便", "就");

	/**
	 * Like {@link #PREDICATES}, but also the start of nouns (合作社, 在校生), so only after the
	 * first character.
	 */
	static final List<String> LATER_PREDICATES = byLength("合作", "建立", "实现", "开展", "提供", "完成", "孵化", "带动", "推出", "启动",
			"解决", "整改", "再就业", "就业", "在", "向", "于", "每", "等", "了", "着", "应");

	/**
	 * Words that never say what is counted on their own: verbs of process and rate cues.
	 */
	static final List<String> LONE = List.of("到达", "进行", "历时", "连续", "引导", "腾退", "每月", "每年", "每天", "每亩", "人均", "达到",
			"超过", "突破", "共有", "还有", "已有", "约为", "增收", "签订", "签下", "签署");

	/** A dimension alone, as a noun: 长约4.7千米 measures a length. */
	static final Map<String, String> DIMENSION_NOUNS = Map.of("长", "长度", "宽", "宽度", "高", "高度", "重", "重量", "深", "深度");

	/** What a length or weight is given for: 总长18千米, 宽12米, 重733吨. */
	static final String DIMENSIONS = "长宽高重深";

	/** What joins two figures of one kind: 12条负面清单和6条 …, 提升25%和35%. */
	static final String JOINING = "和与及、";

	/**
	 * Words that open a clause without being part of what it counts (在嵊州海拔500多米 → 嵊州海拔).
	 */
	static final List<String> LEADING = byLength("在", "并", "而", "还", "同时", "此外", "另外", "其中");

	/** Before 的, these make the phrase a description of the noun after it (有劳动能力的残疾人). */
	static final List<String> DESCRIBING = List.of("有", "具有", "拥有", "从事", "来自");

	private LabelWords() {
	}

	/**
	 * Whether {@code word} (a connective, a trailing or a leading word) stands at
	 * {@code at} as a word of its own rather than as the start or the end of another: 共建,
	 * 平等, 行为, 在线, 还贷 ….
	 */
	static boolean isConnectiveAt(String phrase, int at, String word) {
		char next = at + word.length() < phrase.length() ? phrase.charAt(at + word.length()) : '\0';
		char previous = at > 0 ? phrase.charAt(at - 1) : '\0';
		return switch (word) {
			case "共" -> NOT_AFTER_GONG.indexOf(next) < 0 && previous != '公';
			case "等" -> "候级待同".indexOf(next) < 0 && previous != '平';
			case "已" -> next != '然';
			case "均" -> "平人日月年".indexOf(previous) < 0;
			case "为" -> "行作认成因".indexOf(previous) < 0;
			case "在" -> "线职校岗编册".indexOf(next) < 0;
			case "还" -> "贷款原".indexOf(next) < 0;
			case "并" -> "购列".indexOf(next) < 0;
			default -> true;
		};
	}

	private static List<String> byLength(String... words) {
		return Stream.of(words).sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

}
