package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.civicatlas.ingest.MetricModel.Approx;
import org.civicatlas.ingest.MetricModel.Category;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures of real sentences of the newspaper pages ({@code seeds/}), then of
 * constructions the pages do not happen to use (ranges, 亿, Chinese numerals), then what
 * must not be read as a figure.
 */
class FigureParserTests {

	private final FigureParser parser = new FigureParser();

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# sentences of the pages
			交办件反馈满意率达97%,                                 | 97        |    | %    | REACHED   | PERCENT
			发动共建单位力量募集爱心资金5万余元,有力促进"爱心卡"项目的推进。  | 50000     |    | 元    | MORE_THAN | MONEY
			选拔54名乡贤,聘其为社区基层治理"老娘舅"。                   | 54        |    | 名    |           | COUNT
			累计接访群众200余人次                                   | 200       |    | 人次   | MORE_THAN | COUNT
			成功化解邻里矛盾纠纷60多起                                 | 60        |    | 起    | MORE_THAN | COUNT
			会累计为社区及卫生院等捐献各类资金物资近30万元                    | 300000    |    | 元    | NEARLY    | MONEY
			为越城区慈善总会捐赠205万元。                               | 2050000   |    | 元    |           | MONEY
			本期进修班共选调了28名学员参与                               | 28        |    | 名    |           | COUNT
			学制为1个月,并采用分段式培训                                | 1         |    | 个月   |           | DURATION
			此次进修班邀请了10余名专家教授进行授课                          | 10        |    | 名    | MORE_THAN | COUNT
			筹集爱心指款累计达40余万元                                 | 400000    |    | 元    | MORE_THAN | MONEY
			日均接听电话近200个                                    | 200       |    | 个    | NEARLY    | COUNT
			首问答复率达到95%以上。                                  | 95        |    | %    | OVER      | PERCENT
			月均办理错时延时业务超过130笔。                              | 130       |    | 笔    | OVER      | COUNT
			目前该区医保服务联络网已覆盖全国30余个省(市)                      | 30        |    | 个    | MORE_THAN | COUNT
			目前,建立村社医保代办点367个                               | 367       |    | 个    |           | COUNT
			占比超52.73%。                                     | 52.73     |    | %    | OVER      | PERCENT
			通过组织开展次坞打面、烘焙等公益课程6场                          | 6         |    | 场    |           | COUNT
			嵊州市委统战部已统筹引入乡贤资本累计1.2亿元                       | 120000000 |    | 元    |           | MONEY
			项目涉及退出宅基地面积1.3万余平方米                            | 13000     |    | 平方米  | MORE_THAN | AREA
			对家乡的总投资已达8000余万元                               | 80000000  |    | 元    | MORE_THAN | MONEY
			聘用工人2000余人                                     | 2000      |    | 人    | MORE_THAN | COUNT
			他以租赁的形式与村民签订了20年租约                             | 20        |    | 年    |           | DURATION
			该项目总投资约为1.2亿元                                  | 120000000 |    | 元    | ABOUT     | MONEY
			“今年郑总已经带了三拨客商过来了。”                             | 3         |    | 拨    |           | COUNT
			直接带动了附近岭后社区上百名村民居民就业                           | 100       |    | 名    | MORE_THAN | COUNT
			由新乡贤蔡莹莹和他人共同出资5000万元打造的高端民宿项目              | 50000000  |    | 元    |           | MONEY
			村集体每年就增收18.8万元。                                | 188000    |    | 元    |           | MONEY
			邻里中心等全龄服务配套空间4059平方米                           | 4059      |    | 平方米  |           | AREA
			历时2个月高标准完成“幸福邻里坊”建设。                           | 2         |    | 个月   |           | DURATION
			今年1~11月,共收回违规资金560余万元。                          | 5600000   |    | 元    | MORE_THAN | MONEY
			事件处置闭环率100%。                                   | 100       |    | %    |           | PERCENT
			钱塘御景网格总警情数较去年下降37.5%                           | 37.5      |    | %    |           | PERCENT
			从接收任务到执法人员到现场处理整个过程前后总共只花了10分钟              | 10        |    | 分钟   |           | DURATION
			引导75%以上集卡车、半挂车、普通货车“白天走轮渡、夜间走高速”             | 75        |    | %    | OVER      | PERCENT
			党员干部深入一线访民情、听民意,已走访群众约5.8万户                   | 58000     |    | 户    | ABOUT     | COUNT
			帮助解决问题7400余件                                   | 7400      |    | 件    | MORE_THAN | COUNT
			在不移走一花一木的情况下,增设小区地面车位100多个                    | 100       |    | 个    | MORE_THAN | COUNT
			杨汛村乡贤馆总建筑面积约1400平方米                            | 1400      |    | 平方米  | ABOUT     | AREA
			新乡贤捐资400多万元建设而成                                | 4000000   |    | 元    | MORE_THAN | MONEY
			对其油烟排放量进行24小时在线监测。                             | 24        |    | 小时   |           | DURATION
			截至目前,富阳区已安排预算资金超900万元                          | 9000000   |    | 元    | OVER      | MONEY
			其中,专项慈善信托规模达180万元                              | 1800000   |    | 元    | REACHED   | MONEY
			为小微企业每年实现到位贷款额、周转还贷额超10亿元                      | 1000000000 |   | 元    | OVER      | MONEY
			累计吸引游客15万人次打卡。                                 | 150000    |    | 人次   |           | COUNT
			报告指出,到2025年,全区人才资源总量力争达到50万人。                 | 500000    |    | 人    | TARGET    | COUNT
			整个夜市面积近1万平方米                                   | 10000     |    | 平方米  | NEARLY    | AREA
			吸引了近百家企业参与                                     | 100       |    | 家    | NEARLY    | COUNT
			话务总量突破144万次                                    | 1440000   |    | 次    | OVER      | COUNT
			受理市民诉求111万多件。                                  | 1110000   |    | 件    | MORE_THAN | COUNT
			南湖天地商圈开业以来实现总营收11.7亿元                          | 1170000000 |   | 元    |           | MONEY
			举办“后备箱集市”“夜市”“踏白船”“赛龙舟”等文体活动上百场               | 100       |    | 场    | MORE_THAN | COUNT
			重达733吨的温岭站预制箱梁平稳、精准地落在墩之上                      | 733       |    | 吨    | REACHED   | OTHER
			线路正线长度约37.2千米。                                 | 37.2      |    | 千米   | ABOUT     | LENGTH
			桥隧比例90.34%。                                    | 90.34     |    | %    |           | PERCENT
			实现了100天腾退企业的“神速”                               | 100       |    | 天    |           | DURATION
			李道兵连续5年帮扶困难学生就学                                | 5         |    | 年    |           | DURATION
			自2022年上线至今,该应用已累计采集人像30余万张                     | 300000    |    | 张    | MORE_THAN | COUNT
			办证效率提升50%以上。                                   | 50        |    | %    | OVER      | PERCENT
			今年,嘉善县干窑镇晚稻种植面积18800亩                          | 18800     |    | 亩    |           | AREA
			比去年增加近800亩。                                    | 800       |    | 亩    | NEARLY    | AREA
			获得入股每亩1100元收益的同时                               | 1100      |    | 元    |           | MONEY
			截至目前,该应用已归集信息60万余条                             | 600000    |    | 条    | MORE_THAN | COUNT
			新居民志愿服务累计时长达28万多小时                             | 280000    |    | 小时   | MORE_THAN | DURATION
			新居民参加志愿的数量达1.3万多人次。                            | 13000     |    | 人次   | MORE_THAN | COUNT
			长期帮扶专科10—12个                                   | 10        | 12 | 个    |           | COUNT
			自2020年起,浙大一院全面托管海宁市人民医院,首轮合作期十年。              | 10        |    | 年    |           | DURATION
			四种生命支持设备同时运行                                   | 4         |    | 种    |           | COUNT
			实现农户月增收2500多元。                                  | 2500      |    | 元    | MORE_THAN | MONEY
			# constructions beyond the pages
			招募志愿者10-12名                                    | 10        | 12 | 名    |           | COUNT
			招募志愿者10至12名                                    | 10        | 12 | 名    |           | COUNT
			招募志愿者10到12名                                    | 10        | 12 | 名    |           | COUNT
			每户补助3万—5万元                                     | 30000     | 50000 | 元 |          | MONEY
			每户补助3—5万元                                      | 30000     | 50000 | 元 |          | MONEY
			三至五个工作日内办结                                     | 3         | 5  | 个工作日 |         | DURATION
			计划新增养老床位10—12个                                 | 10        | 12 | 个    | TARGET    | COUNT
			今年计划建成20个共富工坊                                  | 20        |    | 个    | TARGET    | COUNT
			预计全年接待游客将突破30万人次                               | 300000    |    | 人次   | TARGET    | COUNT
			项目总投资约2.5亿元                                    | 250000000 |    | 元    | ABOUT     | MONEY
			建成一千二百平方米的活动中心                                 | 1200      |    | 平方米  |           | AREA
			全村共有一百零五户                                      | 105       |    | 户    |           | COUNT
			全年接待游客两万余人次                                    | 20000     |    | 人次   | MORE_THAN | COUNT
			组建了二十四支志愿服务队                                   | 24        |    | 支    |           | COUNT
			服务群众逾3000人次                                    | 3000      |    | 人次   | MORE_THAN | COUNT
			人均补贴1,200元                                     | 1200      |    | 元    |           | MONEY
			补贴标准为300元/人                                    | 300       |    | 元/人  |           | MONEY
			覆盖面积12.5平方公里                                   | 12.5      |    | 平方公里 |          | AREA
			新建绿道3.6公里                                      | 3.6       |    | 公里   |           | LENGTH
			流转土地300公顷                                      | 300       |    | 公顷   |           | AREA
			村民收入增长了3倍                                      | 3         |    | 倍    |           | OTHER
			为期3日的培训                                        | 3         |    | 日    |           | DURATION
			群众满意度达到98%左右                                   | 98        |    | %    | ABOUT     | PERCENT
			投资近亿元的蜗牛全产业链项目                                 | 100000000 |    | 元    | NEARLY    | MONEY
			今年已完成培训１２０人次                                   | 120       |    | 人次   |           | COUNT
			年度任务完成率达到１２０％                                  | 120       |    | %    | REACHED   | PERCENT
			户均增收5千元                                        | 5000      |    | 元    |           | MONEY
			每人补贴3—5千元                                      | 3000      | 5000 | 元  |           | MONEY
			全长3千米                                          | 3         |    | 千米   |           | LENGTH
			参加培训的约有200人                                    | 200       |    | 人    | ABOUT     | COUNT
			参训人数达350人次                                     | 350       |    | 人次   | REACHED   | COUNT
			历时两个多月完成改造                                     | 2         |    | 个月   | MORE_THAN | DURATION
			巡查用时五个多小时                                      | 5         |    | 小时   | MORE_THAN | DURATION
			任务细化为12大项                                      | 12        |    | 项    |           | COUNT
			""")
	void parsesTheFigureOfASentence(String text, BigDecimal value, BigDecimal valueMax, String unit, Approx approx,
			Category category) {
		List<Figure> figures = parser.parse(text);

		assertThat(figures).hasSize(1);
		Figure figure = figures.get(0);
		assertThat(figure.value()).isEqualByComparingTo(value);
		if (valueMax == null) {
			assertThat(figure.valueMax()).isNull();
		}
		else {
			assertThat(figure.valueMax()).isEqualByComparingTo(valueMax);
		}
		assertThat(figure.unit()).isEqualTo(unit);
		assertThat(figure.approx()).isEqualTo(approx);
		assertThat(figure.category()).isEqualTo(category);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// dates, years and time frames
			"10月20日中午,在越城区北海街道越西社区的未来邻里餐厅里", "北海街道新乡贤联谊会自2021年9月在越西社区试点成立", "乡贤分别在每月15日进驻社区值班", "从2016年到2023年,从何家坞到小昆村",
			"4月4日,石璜镇油罗山项目合作开发协议正式签订", "近日,2023年柯桥区区管领导干部政治能力进修班正式开班", "二〇二三年是实施“十四五”规划承上启下的关键之年",
			"公布2022年度医疗卫生领域“山海”提升工程评估结果", "短短6年间发展迅猛", "三年来,医院顺利通过了三乙复评", "在两年前我们没有艾克膜技术的情况下", "这两年,家乡的发展有目共睹",
			"双浦镇今年将启动“浦育未来”五年行动计划", "今年7月以来,油车港派出所深化主题教育", "近三年,该镇持续加大投入", "3个月来,共走访群众", "24小时后反馈处理结果", "2013—2023年间",
			"工坊八点半上班,下午3点半就可以回家", "活动于上午10:30开始",
			// ages, context counts of a whole place, people of an anecdote, one case's
			// amounts
			"村民平均年龄约70岁。", "全区常住人口减少了1万人", "全县财政收入达1.05亿元", "全市有上千家农家乐", "全县253个行政村", "评出了全省48个治理“优秀案例”项目",
			"全乡户籍人口1.87万人", "逾2万人从业于此", "三人向到场的居民说明", "七村联建打造共富“六坊”", "这已是这起借贷纠纷的第4次协商,前三次协商后借款人已还了3万元", "他在嘉善已居住了7年",
			"三年多来,经她化解的矛盾已经多得记不清",
			// ordinals and ranks
			"去年9月,北海街道新乡贤联谊会在山隐社区成立了第二家新乡贤调解工作室", "在第39个教师节庆祝活动现场", "是越城区工商联今年以来组织的第17场活动",
			"这里也是该街道今年第二批着力打造的统一战线同心共富实践基地", "今年是乡贤教育基金发放的第三个年头", "进入浙江省三级医院重点专科能力排名前30", "综合考评排名全市前10名",
			// numbers inside names, slogans and titles
			"下一步,北海街道新乡贤联谊会将积极实施\"123\"工作计划", "天台县构建“360”清廉体系", "探索形成了\"3+1\"的\"三方协同\"共治机制",
			"按照主题、形式、内容、管理\"四统一\"的要求开展恳谈", "全面打造医保经办\"15分钟服务圈\"", "通过深化“千名干部助千企”精准服务行动", "先后开展了《为官应算“三笔账”》主题分享",
			"打通政府服务的“最后一公里”", "真正打通了富民兴村“最后一百米”", "依托鑫锋村浙江省“3A级景区村庄”景观优势", "开通“南湖·1921”红色专列", "在“3+N”人才高地建设中挑起大梁",
			"镇纪委和组织条线共同打造了“5+1”工作法",
			// versions, codes, hotlines and ratios
			"将自主开发的社会治理平台“宁聚蓝”升级成3.0版本", "高效运行12345(8890)热线10周年", "拨打12315投诉举报电话", "永康在原有的8890人工话务平台基础上",
			"咨询电话0575-88888888", "企业老板再以1:1配套投入", "律师1对1提供法律咨询", "行政复议“5S”助企工作站", "落在混凝土特大桥15至16号墩之上",
			// fixed phrases and numerals that are words
			"诸暨市吸纳律师参与社区矫正对象一对一帮扶工作", "将假日疏堵保畅纳入一把手工程", "为新侨人才提供全过程、一站式创新创业服务", "通过“点线面”三位一体精准发力", "确保群众一次办好",
			"是一个“挂”在半山腰的自然村", "开展书画进万家活动", "温暖千家万户",
			// vague orders of magnitude
			"投入资金数百万元", "投资数千万元创办了汇今共富生态圈", "虽然相隔数千里", "吸引了几十家企业" })
	void findsNoFigureIn(String text) {
		assertThat(parser.parse(text)).isEmpty();
	}

	@Test
	void givesTheSpanOfEachFigureWithItsQualifiers() {
		String text = "累计接访群众200余人次,首问答复率达到95%以上。";

		List<Figure> figures = parser.parse(text);

		assertThat(figures).hasSize(2);
		assertThat(text.substring(figures.get(0).start(), figures.get(0).end())).isEqualTo("200余人次");
		assertThat(figures.get(0).numberStart()).isEqualTo(text.indexOf("200"));
		assertThat(text.substring(figures.get(1).start(), figures.get(1).end())).isEqualTo("达到95%以上");
		assertThat(figures.get(1).numberStart()).isEqualTo(text.indexOf("95"));
	}

	@Test
	void findsEveryFigureOfASentenceInOrder() {
		List<Figure> figures = parser.parse("自网格实体化试运行以来,发现整改隐患86处,破解网格问题2处,排查矛盾纠纷12起,化解信访投诉7起,事件处置闭环率100%。");

		assertThat(figures).extracting(Figure::value)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal(86), new BigDecimal(2), new BigDecimal(12), new BigDecimal(7),
					new BigDecimal(100));
		assertThat(figures).extracting(Figure::unit).containsExactly("处", "处", "起", "起", "%");
	}

	@Test
	void keepsTheFiguresBesideADateOrAHotline() {
		List<Figure> figures = parser.parse("截至目前,永康12345政务服务分中心(8890便民服务分中心)话务总量突破144万次,受理市民诉求111万多件。");

		assertThat(figures).extracting(Figure::unit).containsExactly("次", "件");
	}

	@Test
	void readsAPlannedFigureOnlyWhenNotAlreadyAchieved() {
		assertThat(parser.parse("下一步,该镇将新建充电桩350个。").get(0).approx()).isEqualTo(Approx.TARGET);
		assertThat(parser.parse("按照年初计划,该镇已新建充电桩350个。").get(0).approx()).isNull();
		// 将 as 把 plans nothing: 将1192户农户的零散农田集中连片
		assertThat(parser.parse("将1192户农户的小块零散农田集中连片").get(0).approx()).isNull();
	}

	@Test
	void givesValuesWithoutTrailingZerosOrExponent() {
		Figure figure = parser.parse("募集爱心资金5万余元").get(0);

		assertThat(figure.value().toPlainString()).isEqualTo("50000");
		assertThat(figure.value().toString()).isEqualTo("50000");
	}

}
