package org.civicatlas.ingest.program;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The vocabulary that tells a program's name from the words around it. Lists, not a
 * dictionary: the articles are journalistic Chinese with a small, repetitive stock of
 * framing verbs, and the names themselves end in a handful of head nouns.
 */
final class NameWords {

	/**
	 * Head nouns that end a program's name: the kinds of initiative the product maps
	 * (workshops, funds, sages' associations, platforms, projects, campaigns, mechanisms,
	 * working methods, task forces, service points, hotlines, alliances of villages or
	 * firms). {@code 计划} and {@code 工作站} are added because the pages name plans and
	 * service points that way; a bare {@code 坊} ends the workshops that take after the
	 * 共富工坊 (邻里坊, 巧娘坊), with two proper characters before it at least. Teams, associations
	 * and companies (队, 协会, 商会, 公司) are left out: they are the actors, not the
	 * initiative; a 服务队 is kept because a named one (“银龄”助老服务队) is itself the service,
	 * and so are sages' associations (联谊会, 参事会), themselves the platforms this product
	 * maps.
	 */
	static final List<String> PROGRAM_WORDS = byLength("共富工坊", "工作室", "工作站", "服务站", "联络站", "调解室", "联谊会", "参事会", "综合体",
			"直通车", "恳谈会", "工作法", "服务队", "工坊", "基金", "平台", "工程", "行动", "计划", "驿站", "中心", "机制", "品牌", "模式", "项目", "专班",
			"空间", "基地", "热线", "联盟", "坊");

	/**
	 * Head nouns an unquoted name may not end with. A project, brand, model, scheme or
	 * plan that has a name of its own is printed in quotes (“善居工程”, “马上清廉”品牌); unquoted,
	 * these words end generic phrases (村级乡贤品牌, 网格化管理模式, 民生工程) or investments (电商产业园项目).
	 */
	static final List<String> QUOTED_ONLY = List.of("项目", "品牌", "模式", "工程", "计划");

	/**
	 * Words that contain a head noun without ending a name (宅基地 is land, 中心工作 a
	 * priority).
	 */
	static final List<String> FALSE_HEADS = List.of("宅基地", "中心工作", "中心任务", "中心城", "项目库", "化", "街坊", "作坊", "牌坊", "磨坊",
			"联盟成员");

	/**
	 * Verbs and particles before which a name cannot extend: the left boundary of an
	 * unquoted name. Characters that also occur inside names (服务, 创新, 发展, 就业) are
	 * deliberately absent.
	 */
	static final List<String> STOPS = byLength("的", "了", "在", "和", "与", "及", "为", "是", "对", "将", "把", "被", "由", "从",
			"向", "等", "以", "于", "并", "或", "也", "还", "又", "已", "让", "使", "给", "至", "即", "其", "如", "起", "成立", "建立", "打造",
			"组建", "设立", "推出", "依托", "通过", "开展", "实施", "启动", "搭建", "构建", "建成", "建设", "新建", "创建", "创办", "开通", "推行", "推广",
			"引入", "设置", "增设", "开设", "投用", "启用", "上线", "升级", "形成", "探索", "深化", "完善", "健全", "推进", "推动", "促进", "助力", "借助",
			"凝聚", "吸纳", "利用", "聚焦", "围绕", "结合", "融合", "整合", "对接", "联合", "带动", "引导", "鼓励", "组织", "举办", "召开", "获评", "入选",
			"获得", "成为", "担任", "作为", "感谢", "送上", "发挥", "参与", "加入", "入驻", "进驻", "加强", "强化", "优化", "提升", "提高", "丰富", "打响",
			"纳入", "落实", "坚持", "实现", "积极", "全面", "主动", "持续", "不断", "进一步", "大力", "着力", "努力", "充分", "深入", "试点", "包括", "覆盖",
			"支持", "汇聚", "发布", "首创", "谋划", "涉及", "促成", "集合", "增加", "发放", "聘请", "邀请", "介绍", "表示", "说", "来到", "走进", "前往",
			"赶到");

	/**
	 * Verbs that bring an initiative into being or run it: a name right after one is a
	 * program.
	 */
	static final List<String> LAUNCH_VERBS = byLength("成立", "建立", "打造", "组建", "设立", "推出", "依托", "实施", "启动", "搭建", "构建",
			"建成", "建设", "新建", "创建", "创办", "开通", "推行", "推广", "引入", "开设", "投用", "启用", "上线", "升级", "借助", "发布", "首创", "开发",
			"探索出", "摸索出", "发起");

	/**
	 * Words that close a list of examples (“A”“B”等…, “A”“B”这样的…模式): the kind after them
	 * is the kind of each item.
	 */
	private static final List<String> LIST_ENDS = byLength("等", "这样的", "这类", "之类的");

	/** Verbs that launch a campaign; an unquoted 行动 or 专班 after one is a program too. */
	static final List<String> CAMPAIGN_VERBS = List.of("开展");

	/**
	 * Words right after a quotation that show it names something being launched, built or
	 * run.
	 */
	static final List<String> AFTER_EVIDENCE = byLength("启动", "开通", "启用", "上线", "落地", "建设", "试点", "揭牌", "成立", "投用",
			"运行", "改革", "应用");

	/**
	 * Endings of one-off events. A meeting, ceremony or contest is reported, not mapped;
	 * 恳谈会 is a program word instead because the pages use it for standing dialogue
	 * formats held series after series (第17场).
	 */
	static final List<String> EVENT_ENDINGS = List.of("会议", "大会", "推进会", "研讨会", "座谈会", "分享会", "读书会", "发布会", "仪式", "礼",
			"活动", "比赛", "大赛", "运动会", "节", "晚会", "专场", "招聘会", "进修班", "培训班", "学习班", "夜市", "论坛", "称号");

	/**
	 * Descriptive words that do not make a name specific: 沟通平台, 工作机制, 基层调解机制 name a kind
	 * of thing, not one initiative. What is left of a name once these are removed must be
	 * a proper part (乡贤, 望江红云, 错时延时医保).
	 */
	static final List<String> GENERIC = byLength("工作", "服务", "管理", "沟通", "协调", "联动", "运行", "保障", "长效", "综合", "一体化",
			"基层", "社会", "治理", "调解", "矛盾", "纠纷", "多元化", "创新", "创业", "发展", "合作", "交流", "互动", "信息", "政务", "办事", "指挥", "监管",
			"监督", "考核", "评价", "激励", "联系", "帮扶", "培训", "教育", "宣传", "示范", "重点", "专项", "攻坚", "整治", "整体", "闭环", "数字", "数字化",
			"线上", "线下", "为企", "助企", "惠企", "便民", "为民", "全域", "全程", "一站式", "相关", "各类", "各项", "优化", "助力", "提升", "改革", "实践",
			"民生", "行政", "执法", "实际", "共享", "共建", "共治", "协商", "民主", "议事", "多方", "联合", "公共", "志愿", "政策", "产业", "经济", "企业",
			"平安", "安全", "文化", "精准", "高效", "统一", "融合", "配套", "功能", "阵地", "载体", "体系", "人才", "青年", "党群", "党建", "公益", "生态",
			"现代", "全龄", "主", "联络", "引育", "纾困", "各种", "多种", "一批", "集中", "有效", "居民", "群众", "农村", "城市", "乡村", "一把手", "电商",
			"网络");

	/**
	 * Ends of the names of organisations: they run programs, they are not programs
	 * themselves.
	 */
	static final List<String> ACTORS = List.of("协会", "商会", "公司", "集团", "委员会", "学院", "医院", "学校", "局");

	/**
	 * Heads of bodies and facilities, which take the name of their place (北海街道新乡贤联谊会,
	 * 诸暨市社区矫正中心): a leading place name shows such a name is one body. A 品牌 or 模式 after a
	 * place name is more often a phrase (嘉兴市区唯一品牌).
	 */
	static final List<String> PLACE_NAMED = List.of("联谊会", "参事会", "中心", "工作室", "调解室", "服务站", "工作站", "联络站", "驿站", "基金",
			"工坊", "共富工坊", "综合体", "基地", "空间", "热线");

	/**
	 * Heads that one character before them makes a name: a workshop of one trade (酒坊,
	 * 油坊).
	 */
	static final List<String> ONE_CHARACTER_NAMED = List.of("坊");

	/** Administrative words that end a place name (北海街道, 越西社区, 杨汛村, 越城区). */
	static final List<String> PLACE_WORDS = byLength("街道", "社区", "镇", "村", "区", "县", "市", "省");

	/**
	 * Words beginning with a place word that are not the end of a place name (村民, 市场,
	 * 区级).
	 */
	static final List<String> NOT_PLACE_END = List.of("村民", "村级", "村社", "市场", "市民", "市级", "区域", "区级", "县级", "镇级", "镇街",
			"社区矫正");

	/**
	 * Leading words an unquoted name sheds: times, ordinals and counters, bare place
	 * words.
	 */
	static final Pattern LEADING_NOISE = Pattern.compile("^(?:.*(?:第?[一二两三四五六七八九十百\\d]+|首)[家个批座支处所大项类种]"
			+ "|\\d+年|\\d+月|今年|去年|近年来|近年|目前|如今|近日|日前|当前|此前|同时|此外|另外|其中|下一步|接下来"
			+ "|(?:该|本|此|全|各)(?:街道|社区|镇|村|区|县|市)级?|街道|镇街|村社)");

	private NameWords() {
	}

	static boolean isHan(char c) {
		return c >= '\u3400' && c <= '\u9fff' || c == '〇';
	}

	static boolean hasHan(String text) {
		return text.chars().anyMatch(c -> isHan((char) c));
	}

	/**
	 * The first word of the list that ends exactly at {@code end} of the text, or null.
	 */
	static String endingAt(String text, int end, List<String> words) {
		for (String word : words) {
			if (end >= word.length() && text.startsWith(word, end - word.length())) {
				return word;
			}
		}
		return null;
	}

	/**
	 * The first word of the list that starts exactly at {@code start} of the text, or
	 * null.
	 */
	static String startingAt(String text, int start, List<String> words) {
		for (String word : words) {
			if (text.startsWith(word, start)) {
				return word;
			}
		}
		return null;
	}

	/** The word closing a list of examples that starts at the offset, or null. */
	static String listEnd(String text, int start) {
		return startingAt(text, start, LIST_ENDS);
	}

	/** The program word that ends the name, or null. */
	static String head(String name) {
		return endingAt(name, name.length(), PROGRAM_WORDS);
	}

	static boolean isEvent(String name) {
		return EVENT_ENDINGS.stream().anyMatch(name::endsWith);
	}

	/**
	 * How many characters of the name remain once its descriptive words are taken out.
	 */
	static int properLength(String text) {
		int proper = 0;
		for (int i = 0; i < text.length();) {
			String generic = startingAt(text, i, GENERIC);
			if (text.charAt(i) == '新' && startingAt(text, i + 1, GENERIC) != null) {
				// 新 before a group names a group of its own (新居民: migrants; 新业态群体: gig
				// workers)
				proper += 2;
				i += 1 + startingAt(text, i + 1, GENERIC).length();
			}
			else if (generic != null) {
				i += generic.length();
			}
			else {
				proper++;
				i++;
			}
		}
		return proper;
	}

	/**
	 * Length of the place names a name begins with (北海街道新乡贤联谊会: 4; 西湖区双浦镇…: 6): runs of
	 * two to four characters each closed by a place word, with something left after them.
	 */
	static int placePrefixLength(String name) {
		return placeChainEnd(name, name.length() - 1);
	}

	/** Whether the words are place names and nothing else (西湖区双浦镇). */
	static boolean isPlaceChain(String words) {
		return !words.isEmpty() && placeChainEnd(words, words.length()) == words.length();
	}

	private static int placeChainEnd(String name, int limit) {
		int end = 0;
		boolean extended = true;
		while (extended) {
			extended = false;
			for (int k = end + 2; k <= Math.min(end + 4, limit - 1); k++) {
				String word = startingAt(name, k, PLACE_WORDS);
				if (word != null && startingAt(name, k, NOT_PLACE_END) == null && k + word.length() <= limit) {
					end = k + word.length();
					extended = true;
					break;
				}
			}
		}
		return end;
	}

	private static List<String> byLength(String... words) {
		// longest first, so that a match is the longest word ending (or starting) at a
		// position
		return List.of(words).stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

}
