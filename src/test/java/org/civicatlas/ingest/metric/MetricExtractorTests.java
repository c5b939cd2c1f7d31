package org.civicatlas.ingest.metric;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.civicatlas.ingest.MetricModel;
import org.civicatlas.ingest.MetricModel.Approx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Paragraphs of the newspaper pages ({@code seeds/}, line numbers as {@code cat -n}
 * prints them) turned into metrics: what each counts, the words that state it and the
 * page line its number stands on.
 */
class MetricExtractorTests {

	private final MetricExtractor extractor = new MetricExtractor();

	@Test
	void mapsANumberSplitAcrossPageLinesToTheLineItStartsOn() {
		// seeds/000, lines 29–39: the number 211 ends line 31, its measure word opens
		// line 33
		Page page = Page.of(29, "办开始于2020年,自今年迭代升级以", 31, "来,越城区已收到交办问题建议211", 33, "个,内容包括用工成本上升、订单减", 35,
				"少、产业链配套不强、政务服务便利度", 37, "不足等。目前,这些问题全部得到反", 39, "馈或解决,交办件反馈满意率达97%,");

		List<MetricModel> metrics = extractor.extract(page.paragraph(), page.lineAt());

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label, MetricModel::sourceLine)
			.containsExactly(tuple("个", "交办问题建议", 31), tuple("%", "交办件反馈满意率", 39));
		assertThat(metrics.get(0).quote()).isEqualTo("越城区已收到交办问题建议211个");
		assertThat(metrics.get(1).quote()).isEqualTo("目前,这些问题全部得到反馈或解决,交办件反馈满意率达97%");
		assertThat(metrics.get(1).approx()).isEqualTo(Approx.REACHED);
	}

	@Test
	void givesTwoFiguresOfOneSentenceTheirOwnLabelsAndLines() {
		// seeds/000, lines 113–119
		Page page = Page.of(113, "工商联相关负责人介绍,这次活动共", 115, "收集到中小微企业意见建议32条,现", 117, "场直接答疑28条,其余将根据不同职", 119,
				"责落实到相关职能部门,为企业提供");

		List<MetricModel> metrics = extractor.extract(page.paragraph(), page.lineAt());

		assertThat(metrics).extracting(MetricModel::label, MetricModel::quote, MetricModel::sourceLine)
			.containsExactly(tuple("中小微企业意见建议", "这次活动共收集到中小微企业意见建议32条", 115),
					// too short to stand alone, the clause takes in the shorter one
					// beside it
					tuple("现场直接答疑", "现场直接答疑28条,其余将根据不同职责落实到相关职能部门", 117));
	}

	@Test
	void leavesOutADayOfTheMonthBetweenFigures() {
		String paragraph = "北海街道还借助定时轮驻、邀约随驻、专业援驻、走访续驻、基金义驻等方式,邀请乡贤入驻新乡贤调解工作室。"
				+ "自去年12月以来,40多名乡贤分别在每月15日进驻社区值班,累计接访群众200余人次,成功化解邻里矛盾纠纷60多起,持续跟进5起。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 83);

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label, MetricModel::approx)
			.containsExactly(tuple("名", "乡贤", Approx.MORE_THAN), tuple("人次", "接访群众", Approx.MORE_THAN),
					tuple("起", "成功化解邻里矛盾纠纷", Approx.MORE_THAN), tuple("起", "持续跟进", null));
		assertThat(metrics).extracting(MetricModel::quote)
			.containsExactly("40多名乡贤分别在每月15日进驻社区值班", "累计接访群众200余人次,成功化解邻里矛盾纠纷60多起", "成功化解邻里矛盾纠纷60多起",
					"成功化解邻里矛盾纠纷60多起,持续跟进5起。");
	}

	@Test
	void leavesOutTheDateOfTheStoryAndKeepsTheMoney() {
		String paragraph = "\"白切鸡、虾皮南瓜,不仅菜好,价格也实惠。\"10月20日中午,在越城区北海街道越西社区的未来邻里餐厅里,老人们纷纷凭\"爱心卡\"享受助餐服务。"
				+ "自越城区养老服务\"爱心卡\"启动以来,北海街道成为试点街道之一,街道新乡贤联谊会积极助力\"爱心卡\"试点工作,帮助越西社区成立\"钟堰慈孝基金\","
				+ "发动共建单位力量募集爱心资金5万余元,有力促进\"爱心卡\"项目的推进。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 65);

		assertThat(metrics).singleElement().satisfies(metric -> {
			assertThat(metric.value()).isEqualByComparingTo("50000");
			assertThat(metric.valueMax()).isNull();
			assertThat(metric.unit()).isEqualTo("元");
			assertThat(metric.label()).isEqualTo("募集爱心资金");
			assertThat(metric.quote()).isEqualTo("发动共建单位力量募集爱心资金5万余元");
			assertThat(metric.sourceLine()).isEqualTo(65);
			assertThat(metric.programName()).isNull();
		});
	}

	@Test
	void leavesOutTheNumberOfANamedPlanAndTheCountsOfItsItems() {
		String paragraph = "下一步,北海街道新乡贤联谊会将积极实施\"123\"工作计划,即围绕一个主题——聚贤筑梦、振兴北海;"
				+ "抓实二个工作室——依托越西社区、山隐社区两个新乡贤调解工作室,丰富内涵、打响品牌;开展三大行动——优化社会治理助力行动";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 87);

		// 二个工作室—— and 两个…工作室 only count the items the sentence names (ListedItems)
		assertThat(metrics).isEmpty();
	}

	@Test
	void leavesOutTheNumberInsideAQuotedNameAndLabelsByTheNounAfterTheMeasureWord() {
		String paragraph = "为减少群众排队等候时间,全面打造医保经办\"15分钟服务圈\",推进医保服务向村、社区延伸。通过建立巡回收单、专人对接、季度培训等3项机制,"
				+ "完善首问负责制、容缺受理制、限时办结制等6项服务制度,定期开展业务技能培训,下派镇街联络员,畅通医保经办\"双向反馈\"渠道,"
				+ "确保医保服务就近办、优质办。目前,建立村社医保代办点367个,受理医保业务近6000件,占比超52.73%。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 241);

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label)
			.containsExactly(tuple("项", "机制"), tuple("项", "服务制度"), tuple("个", "村社医保代办点"), tuple("件", "受理医保业务"),
					tuple("%", "占比"));
		assertThat(metrics.get(2).quote()).isEqualTo("目前,建立村社医保代办点367个,受理医保业务近6000件,占比超52.73%。");
		assertThat(metrics.get(4).value()).isEqualByComparingTo("52.73");
		assertThat(metrics.get(4).approx()).isEqualTo(Approx.OVER);
	}

	@Test
	void leavesOutYearsOrdinalsAndVagueSumsOfALongParagraph() {
		String paragraph = "该项目的投资者李培君是一名嵊州本地乡贤,2016年6月,李培君第一次与嵊州民宿结缘,他以租赁的形式,与何家坞37户村民签订了20年租约,"
				+ "投入资金数百万元,打造了一个\"望得见山、看得到水、记得住乡愁\"的精品民宿样板村,吸引各地游客纷至沓来。从2016年到2023年,从何家坞到小昆村,"
				+ "李培君按照\"绿色发展,共享发展\"的理念,对家乡的总投资已达8000余万元,聘用工人2000余人,解决剩余劳动力价值900多万元," + "真正为当地乡村经济发展注入了新活力。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 273);

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label)
			.containsExactly(tuple("户", "村民"), tuple("年", "租约"), tuple("元", "对家乡的总投资"), tuple("人", "聘用工人"),
					tuple("元", "解决剩余劳动力价值"));
		assertThat(metrics.get(2).value()).isEqualByComparingTo("80000000");
		assertThat(metrics.get(2).approx()).isEqualTo(Approx.MORE_THAN);
		assertThat(metrics.get(2).quote()).isEqualTo("对家乡的总投资已达8000余万元");
		assertThat(metrics.get(4).quote()).isEqualTo("解决剩余劳动力价值900多万元");
	}

	@Test
	void leavesOutHotlinesAndAnniversaries() {
		String paragraph = "今年是金华在全市范围开展政务服务便民服务热线整合、高效运行12345(8890)热线10周年。"
				+ "截至目前,永康12345政务服务分中心(8890便民服务分中心)话务总量突破144万次,受理市民诉求111万多件。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 127);

		assertThat(metrics).extracting(MetricModel::value, MetricModel::unit, MetricModel::approx, MetricModel::label)
			.usingRecursiveFieldByFieldElementComparator()
			.containsExactly(tuple(new BigDecimal(1440000), "次", Approx.OVER, "话务总量"),
					tuple(new BigDecimal(1110000), "件", Approx.MORE_THAN, "受理市民诉求"));
	}

	@Test
	void marksThePlannedFigureOfAReportAsATarget() {
		String paragraph = "日前《杭州市余杭区“十四五”人才发展规划中期评估报告》出炉。报告指出,到2025年,全区人才资源总量力争达到50万人。"
				+ "近期,余杭区在EFCLIVE欧美广场欧洲中心举办潮流夜生活节——芯·潮夜市,整个夜市面积近1万平方米,摊位数量近300个。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 27);

		assertThat(metrics).extracting(MetricModel::label, MetricModel::approx, MetricModel::category)
			.containsExactly(tuple("全区人才资源总量", Approx.TARGET, MetricModel.Category.COUNT),
					tuple("整个夜市面积", Approx.NEARLY, MetricModel.Category.AREA),
					tuple("摊位数量", Approx.NEARLY, MetricModel.Category.COUNT));
		assertThat(metrics.get(0).quote()).isEqualTo("报告指出,到2025年,全区人才资源总量力争达到50万人。");
		assertThat(metrics.get(1).quote()).isEqualTo("整个夜市面积近1万平方米,摊位数量近300个");
	}

	@Test
	void readsARangeAndLeavesOutTimeFrames() {
		String paragraph = "自2020年起,浙大一院全面托管海宁市人民医院,首轮合作期十年。三年来,浙大一院派出管理专家6人次,担任党委书记、常务副院长、副院长等职务;"
				+ "长期帮扶专科10—12个,另有临时帮扶专科6个,专家下沉每年超200人次。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 144);

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label)
			.containsExactly(tuple("年", "首轮合作期"), tuple("人次", "浙大一院派出管理专家"), tuple("个", "长期帮扶专科"),
					tuple("个", "另有临时帮扶专科"), tuple("人次", "专家下沉每年"));
		MetricModel range = metrics.get(2);
		assertThat(range.value()).isEqualByComparingTo("10");
		assertThat(range.valueMax()).isEqualByComparingTo("12");
		assertThat(range.quote()).isEqualTo("长期帮扶专科10—12个,另有临时帮扶专科6个,专家下沉每年超200人次。");
	}

	@Test
	void leavesOutAnOrdinalAndLabelsEachCountedThing() {
		String paragraph = "近日,西湖区双浦镇乡贤联谊会成员分赴辖区中小学幼儿园送上乡贤教育基金奖励。今年是乡贤教育基金发放的第三个年头,"
				+ "已累计对辖区8所学校1500余人次师生进行奖抚,累计资金410万元。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 53);

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label)
			.containsExactly(tuple("所", "学校"), tuple("人次", "师生"), tuple("元", "资金"));
		assertThat(metrics.get(2).value()).isEqualByComparingTo("4100000");
	}

	@Test
	void givesAFigureJoinedToTheOneBeforeTheSameLabel() {
		String paragraph = "为解决大流量拥堵问题,今年国庆首次实行舟山跨海大桥硬路肩应急通行,利用流量差在朱家尖(观音)大桥首创“潮汐式应急交通组织”,"
				+ "在朱家尖岛内首次开辟通往普陀山码头的“第二通道”,交通干线最高小时流量分别提升25%和35%。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 127);

		assertThat(metrics).extracting(MetricModel::label).containsExactly("交通干线最高小时流量分别提升", "交通干线最高小时流量分别提升");
		assertThat(metrics).extracting(MetricModel::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal(25), new BigDecimal(35));
	}

	@Test
	void takesTheNounAfterItsDescription() {
		String paragraph = "工坊依托本土乡资本领技艺和资源优势,为全镇40多名有劳动能力和就业意愿的残疾人提供送项目、送岗位、送技能等多元化服务,帮助他们圆梦。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 54);

		assertThat(metrics).singleElement().satisfies(metric -> {
			assertThat(metric.label()).isEqualTo("残疾人");
			assertThat(metric.quote()).isEqualTo("为全镇40多名有劳动能力和就业意愿的残疾人提供送项目");
		});
	}

	@Test
	void givesARateItsBasisAndLeavesTotalsWithout() {
		// seeds/002 line 61 and seeds/004 line 74: a monthly rise per person and yields
		// per mu beside totals
		String paragraph = "成功打造新乡贤企业共富工坊2家,带动就业200余人,人均月增收4000元,助力村集体增收350余万元。"
				+ "农户获得入股每亩1100元收益的同时,每年还可有每亩110元的经营性分红。合作社和农户每年分别由此增收2.36亿元、4.18亿元。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 1);

		assertThat(metrics).extracting(MetricModel::value, MetricModel::per)
			.containsExactly(tuple(new BigDecimal("2"), null), tuple(new BigDecimal("200"), null),
					tuple(new BigDecimal("4000"), MetricModel.Per.MONTH), tuple(new BigDecimal("3500000"), null),
					tuple(new BigDecimal("1100"), MetricModel.Per.MU), tuple(new BigDecimal("110"), MetricModel.Per.MU),
					tuple(new BigDecimal("236000000"), MetricModel.Per.YEAR),
					tuple(new BigDecimal("418000000"), MetricModel.Per.YEAR));
	}

	@Test
	void readsARangeThatPrintsItsUnitAtBothEnds() {
		List<MetricModel> metrics = extractor.extract("每亩收益可达2.4万元至2.8万元。", offset -> 1);

		assertThat(metrics).extracting(MetricModel::value, MetricModel::valueMax, MetricModel::per)
			.containsExactly(tuple(new BigDecimal("24000"), new BigDecimal("28000"), MetricModel.Per.MU));
	}

	@Test
	void labelsNameWhatIsCountedNotALoneVerbOrOneCharacter() {
		// seeds/002 line 109 gave 到达, seeds/000 line 233 gave 省
		List<MetricModel> metrics = extractor
			.extract("建立紧急类事件1分钟内签收、2分钟内指派、10分钟到达、半小时反馈的指挥处置机制。目前该区医保服务联络网已覆盖全国30余个省(市)。", offset -> 1);

		assertThat(metrics).extracting(MetricModel::label)
			.allSatisfy(label -> assertThat(LabelFinder.readable(label)).as(label).isTrue());
		assertThat(metrics).extracting(MetricModel::label).doesNotContain("到达", "省");
	}

	@Test
	void tellsACountFromTheLengthThatFollowsIt() {
		String paragraph = "线路设计时速350千米,共有桥梁17座总长约16千米,隧道13座总长18千米,桥隧比例90.34%。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 173);

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::label)
			.containsExactly(tuple("千米", "线路设计时速"), tuple("座", "桥梁"), tuple("千米", "总长"), tuple("座", "隧道"),
					tuple("千米", "总长"), tuple("%", "桥隧比例"));
		assertThat(metrics).extracting(MetricModel::category)
			.containsExactly(MetricModel.Category.LENGTH, MetricModel.Category.COUNT, MetricModel.Category.LENGTH,
					MetricModel.Category.COUNT, MetricModel.Category.LENGTH, MetricModel.Category.PERCENT);
	}

	@Test
	void quotesSpeechWithItsClosingMark() {
		String paragraph = "谋划策。“今年郑总已经带了三拨客商过来了。”丰产村党总支书记陈慧珍表示,在乡贤人才的助力下,丰产村也一直在努力挖掘可看、好玩、可投的创意项目。";

		List<MetricModel> metrics = extractor.extract(paragraph, offset -> 23);

		assertThat(metrics).singleElement().satisfies(metric -> {
			assertThat(metric.value()).isEqualByComparingTo("3");
			assertThat(metric.unit()).isEqualTo("拨");
			assertThat(metric.label()).isEqualTo("客商");
			assertThat(metric.quote()).isEqualTo("“今年郑总已经带了三拨客商过来了。”");
		});
	}

	@Test
	void mapsEachFigureOfAParagraphOfThreeLinesToItsOwnLine() {
		// seeds/003, lines 85–87: a paragraph the page breaks in the middle of a word
		Page page = Page.of(85, "三墩镇成立43支村社“兰里青锐”后", 87,
				"备干部先锋队,队员由215名“80后”两委班子成员组成。先锋队充分发挥组织优势,立足岗位职责,通过开展承诺践诺、专题调研、领办发展难题等形式,累计破解难题43个,服务居民群众500余人次。", 89,
				"此前,水月社区天虹公寓小区由于建造年代久远,公共基础设施存在“先天不足”。");

		List<MetricModel> metrics = extractor.extract(page.paragraph(), page.lineAt());

		assertThat(metrics).extracting(MetricModel::unit, MetricModel::sourceLine)
			.containsExactly(tuple("支", 85), tuple("名", 87), tuple("个", 87), tuple("人次", 87));
		assertThat(metrics).extracting(MetricModel::label)
			.containsExactly("村社“兰里青锐”后备干部先锋队", "“80后”两委班子成员", "破解难题", "服务居民群众");
	}

	@Test
	void findsNothingInAParagraphOfDatesNamesAndOrdinals() {
		String paragraph = "去年9月,北海街道新乡贤联谊会在山隐社区成立了第二家新乡贤调解工作室,多点开花。在第39个教师节庆祝活动现场,"
				+ "天台县构建“360”清廉体系,通过“点线面”三位一体精准发力,推行\"3+1\"模式,将平台升级成3.0版本,拨打12345热线一次办好。";

		assertThat(extractor.extract(paragraph, offset -> 1)).isEmpty();
	}

	/**
	 * Every long line of every page is a paragraph (short ones are columns cut by the
	 * layout): each metric's quote stands in it verbatim and states the metric again, and
	 * its label is never blank.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "000_db0d4880a1cbbe3b.txt", "001_0c72be6a68f10e84.txt", "002_b59fd8846a464d7b.txt",
			"003_bc3f13ea9e36eac3.txt", "004_92ce43396e9eb2c9.txt" })
	void quotesEveryFigureOfAPageVerbatim(String page) throws IOException {
		List<String> lines = Files.readAllLines(Path.of("seeds", page), StandardCharsets.UTF_8);
		FigureParser parser = new FigureParser();
		int metricCount = 0;
		for (int i = 0; i < lines.size(); i++) {
			String paragraph = lines.get(i);
			int line = i + 1;
			for (MetricModel metric : extractor.extract(paragraph, offset -> line)) {
				metricCount++;
				assertThat(paragraph).as("line %d", line).contains(metric.quote());
				assertThat(metric.label()).as("line %d", line).isNotBlank();
				assertThat(metric.sourceLine()).isEqualTo(line);
				assertThat(parser.parse(metric.quote())).as("the quote %s", metric.quote()).anySatisfy(figure -> {
					assertThat(figure.value()).isEqualByComparingTo(metric.value());
					assertThat(figure.unit()).isEqualTo(metric.unit());
				});
			}
		}
		assertThat(metricCount).isPositive();
	}

	/**
	 * A paragraph built from numbered page lines, joined as the cleaning stage joins
	 * them.
	 */
	private record Page(String paragraph, IntUnaryOperator lineAt) {

		static Page of(Object... numbersAndTexts) {
			StringBuilder paragraph = new StringBuilder();
			List<int[]> starts = new ArrayList<>();
			for (int i = 0; i < numbersAndTexts.length; i += 2) {
				starts.add(new int[] { paragraph.length(), (Integer) numbersAndTexts[i] });
				paragraph.append((String) numbersAndTexts[i + 1]);
			}
			IntUnaryOperator lineAt = offset -> starts.stream()
				.filter(start -> start[0] <= offset)
				.reduce((first, second) -> second)
				.orElseThrow()[1];
			return new Page(paragraph.toString(), lineAt);
		}

	}

}
