package org.civicatlas.ingest.place;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.civicatlas.ingest.PlaceMatch;
import org.civicatlas.ingest.PlaceMatch.VillageRef;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The matcher against the real gazetteer of {@code db/gazetteer/}. Codes were checked in
 * the CSV files: 3306 绍兴市, 330602 越城区, 330602004 北海街道 (越西社区 330602004030), 330681 诸暨市,
 * 330681001 暨阳街道 (袁家村 330681001218), 330683 嵊州市. Homonyms used: 城南街道 (330122004 桐庐县,
 * 330382003 乐清市, 330402012 南湖区, 330602005 越城区), 东湖街道 (330113003 临平区, 330602008 越城区), 大桥镇
 * (330402105 南湖区, 330881106 江山市).
 */
class PlaceMatcherTests {

	private static PlaceMatcher matcher;

	@BeforeAll
	static void loadGazetteer() {
		matcher = new PlaceMatcher(GazetteerIndex.load());
	}

	private static PlaceMatch match(String text) {
		return matcher.match(text);
	}

	private static PlaceMatch place(String city, String district, String... townships) {
		return new PlaceMatch(city, district, List.of(townships), List.of());
	}

	// --- the headline's place

	@Test
	void thePlaceTheHeadlineNamesIsTheArticlesDistrictHoweverOftenTheBodyNamesAnother() {
		String body = "越城区北海街道的乡贤来到诸暨,与越城区的企业家座谈;越城区还将组织回访。";

		assertThat(matcher.match("诸暨市:乡贤回乡共话发展", body).districtCode()).isEqualTo("330681");
		assertThat(matcher.match("乡贤回乡共话发展", body).districtCode()).isEqualTo("330602");
	}

	@Test
	void aNameEndingIn乡BeforeTheCharacter村IsTheWord乡村() {
		assertThat(match("协会请来赵岭南乡村CEO担任乡村顾问").townshipCodes()).isEmpty();
		assertThat(match("协会请来岭南乡干部担任顾问").townshipCodes()).containsExactly("330604200");
	}

	// --- longest match and official names

	@Test
	void townshipPrintedAfterItsDistrictIsTheLongestMatch() {
		assertThat(match("越城区北海街道")).isEqualTo(place("3306", "330602", "330602004"));
	}

	@Test
	void cityAndDistrictPrintedTogether() {
		assertThat(match("杭州市上城区全力打造社区共富综合体")).isEqualTo(place("3301", "330102"));
		assertThat(match("台州市天台县医保局聚焦医疗领域廉政风险")).isEqualTo(place("3310", "331023"));
	}

	@Test
	void districtAloneImpliesItsCity() {
		assertThat(match("上城区累计建成")).isEqualTo(place("3301", "330102"));
		assertThat(match("助力柯桥区打造共同富裕")).isEqualTo(place("3306", "330603"));
	}

	@Test
	void districtAndTownshipOfHangzhou() {
		assertThat(match("杭州市萧山区宁围街道按照党建引领")).isEqualTo(place("3301", "330109", "330109013"));
	}

	@Test
	void uniqueTownshipAloneImpliesItsDistrictAndCity() {
		assertThat(match("新安江街道进一步凝聚乡贤力量")).isEqualTo(place("3301", "330182", "330182001"));
		assertThat(match("北海街道成为试点街道之一")).isEqualTo(place("3306", "330602", "330602004"));
	}

	// --- short forms

	@Test
	void shortFormOfACountyLevelCity() {
		assertThat(match("暨阳街道的乡贤们助力诸暨发展")).isEqualTo(place("3306", "330681", "330681001"));
		assertThat(match("千万工程在嵊州落地生根")).isEqualTo(place("3306", "330683"));
		assertThat(match("近日天台还组织召开座谈会")).isEqualTo(place("3310", "331023"));
	}

	@Test
	void shortFormOfACityGivesNoDistrict() {
		assertThat(match("第三届中国·绍兴万亩千亿新产业平台")).isEqualTo(place("3306", null));
	}

	@Test
	void shortFormSharedWithATownIsTheCity() {
		// 舟山 is also the short form of 舟山镇 (永康市): readers mean the city
		assertThat(match("舟山海岛旅游热度空前")).isEqualTo(place("3309", null));
	}

	@Test
	void shortCityBeforeOfficialDistrictAndTownship() {
		assertThat(match("日前,绍兴诸暨市浣东街道东盛社区网格员赵艳在丁香公寓开展日常走访")).isEqualTo(new PlaceMatch("3306", "330681",
				List.of("330681002"), List.of(new VillageRef("东盛社区", "330681002001"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "西湖美景三月天", "江山如画", "路桥建设加快推进", "临海而居", "江北岸边", "滨江公园" })
	void shortFormsThatAreCommonWordsDoNotMatch(String text) {
		assertThat(match(text)).isEqualTo(PlaceMatch.none());
	}

	@Test
	void officialNameOfACommonWordShortFormStillMatches() {
		assertThat(match("杭州市西湖区蒋村街道")).isEqualTo(place("3301", "330106", "330106011"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "绍兴县", "广西北海市", "上海嵊州路", "杭州湾大桥" })
	void shortFormRunningIntoAnotherNameDoesNotMatch(String text) {
		assertThat(match(text)).isEqualTo(PlaceMatch.none());
	}

	@Test
	void singleCharactersNeverMatch() {
		assertThat(match("越剧唱响温暖的杭城")).isEqualTo(PlaceMatch.none());
	}

	@Test
	void twoCharacterTownshipShortFormCountsOnlyWithTheFullName() {
		assertThat(match("北海建设")).isEqualTo(PlaceMatch.none());
		assertThat(match("越城区的北海建设")).isEqualTo(place("3306", "330602"));
		assertThat(match("嘉兴市南湖区围绕建设共同富裕")).isEqualTo(place("3304", "330402"));
		// after its district, or besides the full name, it is a mention
		assertThat(match("诸暨暨阳的乡贤")).isEqualTo(place("3306", "330681", "330681001"));
		assertThat(match("衙前镇坚持以落实为指导;近年来,衙前新乡贤联谊会")).isEqualTo(place("3301", "330109", "330109108"));
	}

	@Test
	void longerTownshipShortFormNeedsItsDistrict() {
		assertThat(match("青山湖科技城法治广场")).isEqualTo(PlaceMatch.none());
		assertThat(match("法治广场的启用,成为临安区打造法治环境最优区的成果。青山湖科技城将继续")).isEqualTo(place("3301", "330112", "330112008"));
	}

	@Test
	void specialZoneNamedWithoutLevelWordNeedsItsDistrict() {
		// 开发区 is a township of 平阳县 in the gazetteer, and a common word everywhere else
		assertThat(match("诸暨经济开发区今年新签项目")).isEqualTo(place("3306", "330681"));
	}

	@Test
	void placeNamesInsideOrganisationNamesCount() {
		assertThat(match("与浙江开放大学诸暨学院、浙江诸暨技师学院等单位建立长期合作关系")).isEqualTo(place("3306", "330681"));
	}

	// --- homonyms

	@Test
	void homonymBindsToTheDistrictPrintedBeforeIt() {
		assertThat(match("越城区城南街道")).isEqualTo(place("3306", "330602", "330602005"));
		assertThat(match("桐庐县城南街道")).isEqualTo(place("3301", "330122", "330122004"));
		assertThat(match("南湖区大桥镇新乡贤们")).isEqualTo(place("3304", "330402", "330402105"));
	}

	@Test
	void homonymTakesTheDistrictTheArticleNames() {
		assertThat(match("越城区推进基层治理。城南街道成立调解工作室")).isEqualTo(place("3306", "330602", "330602005"));
	}

	@Test
	void homonymUniqueInTheArticlesCityGivesItsDistrict() {
		assertThat(match("绍兴推进基层治理。城南街道成立调解工作室")).isEqualTo(place("3306", "330602", "330602005"));
	}

	@Test
	void homonymWithoutContextIsLeftOut() {
		assertThat(match("城南街道成立调解工作室")).isEqualTo(PlaceMatch.none());
		assertThat(match("大桥镇以开展费家浜全民阅读活动为契机,围绕大桥镇中心小学")).isEqualTo(PlaceMatch.none());
	}

	@Test
	void homonymTiedBetweenTwoNamedDistrictsIsLeftOut() {
		PlaceMatch tied = match("越城区和临平区的干部交流。东湖街道介绍了经验");
		assertThat(tied.townshipCodes()).isEmpty();
		assertThat(tied.districtCode()).isEqualTo("330602");
	}

	@Test
	void homonymResolvedByAVillageOnlyOneOfThemHas() {
		assertThat(match("大桥镇胥山村的葡萄大王")).isEqualTo(
				new PlaceMatch("3304", "330402", List.of("330402105"), List.of(new VillageRef("胥山村", "330402105218"))));
	}

	@Test
	void noDistrictIsInventedFromAnAmbiguousTownship() {
		assertThat(match("依托七星街道和科技城")).isEqualTo(PlaceMatch.none());
	}

	// --- outside Zhejiang

	@ParameterizedTest
	@ValueSource(strings = { "湖南省怀化市辰溪县", "上海市普陀区", "重庆市江北区", "江西省南昌市西湖区" })
	void placesQualifiedByAProvinceOrCityOutsideZhejiangGiveNothing(String text) {
		assertThat(match(text + "的干部来访交流")).isEqualTo(PlaceMatch.none());
	}

	@Test
	void zhejiangQualifiersAndDeterminersKeepTheirPlaces() {
		assertThat(match("舟山市普陀区")).isEqualTo(place("3309", "330903"));
		assertThat(match("宁波市江北区")).isEqualTo(place("3302", "330205"));
		assertThat(match("浙江省杭州市上城区")).isEqualTo(place("3301", "330102"));
		assertThat(match("天台县社会组织共有789家,作为全县赤城街道成立了服务中心")).isEqualTo(place("3310", "331023", "331023001"));
	}

	// --- main city and district, townships

	@Test
	void mostMentionedDistrictWins() {
		assertThat(match("柯桥区干部到越城区学习,越城区介绍了经验").districtCode()).isEqualTo("330602");
	}

	@Test
	void earliestDistrictWinsATie() {
		assertThat(match("柯桥区干部到越城区学习").districtCode()).isEqualTo("330603");
	}

	@Test
	void mainDistrictLiesInTheMainCity() {
		assertThat(match("杭州亚运会期间,杭州的志愿者来到越城区,杭州市民点赞")).isEqualTo(place("3301", null));
	}

	@Test
	void townshipsInOrderOfFirstMentionWithoutRepeats() {
		assertThat(match("暨阳街道和浣东街道联合开展活动,暨阳街道负责人说").townshipCodes()).containsExactly("330681001", "330681002");
	}

	// --- villages

	@Test
	void villageUnderTheTownshipPrintedBeforeIt() {
		assertThat(match("越城区北海街道越西社区").villages()).containsExactly(new VillageRef("越西社区", "330602004030"));
		assertThat(match("诸暨市暨阳街道袁家村").villages()).containsExactly(new VillageRef("袁家村", "330681001218"));
	}

	@Test
	void villageUnderOneOfTheArticlesTownships() {
		assertThat(match("暨阳街道推进乡村振兴。近日,袁家村举办了乡贤座谈会").villages())
			.containsExactly(new VillageRef("袁家村", "330681001218"));
	}

	@Test
	void villageUniqueInTheArticlesDistrict() {
		assertThat(match("诸暨市推进乡村振兴。袁家村乡贤方生说").villages()).containsExactly(new VillageRef("袁家村", "330681001218"));
	}

	@Test
	void villageThatTheGazetteerDoesNotKnowThereIsListedWithoutCode() {
		assertThat(match("家住越城区东浦街道湖口村的谭阿姨"))
			.isEqualTo(new PlaceMatch("3306", "330602", List.of("330602010"), List.of(new VillageRef("湖口村", null))));
	}

	@Test
	void villageOutsideTheArticlesPlacesIsLeftOut() {
		assertThat(match("越城区推进乡村振兴,袁家村乡贤方生说").villages()).isEmpty();
		assertThat(match("袁家村乡贤方生说")).isEqualTo(PlaceMatch.none());
	}

	@Test
	void naturalVillagesAndWordsEndingInVillageAreNotInvented() {
		assertThat(match("石璜镇白雁坑村油罗山自然村是一个挂在半山腰的自然村,这个小山村的命运被改写")).isEqualTo(new PlaceMatch("3306", "330683",
				List.of("330683105"), List.of(new VillageRef("白雁坑村", "330683105218"))));
	}

	// --- snippets of the seeded pages

	@Test
	void seedArticleOnBeihaiSubdistrict() {
		assertThat(match("10月20日中午,在越城区北海街道越西社区的未来邻里餐厅里,老人们纷纷凭\"爱心卡\"享受助餐服务。"
				+ "自越城区养老服务\"爱心卡\"启动以来,北海街道成为试点街道之一,帮助越西社区成立\"钟堰慈孝基金\"。" + "北海街道新乡贤联谊会在山隐社区成立了第二家新乡贤调解工作室。"))
			.isEqualTo(new PlaceMatch("3306", "330602", List.of("330602004"),
					List.of(new VillageRef("越西社区", "330602004030"), new VillageRef("山隐社区", "330602004029"))));
	}

	@Test
	void seedArticleOnChangleTownWithABrokenLine() {
		assertThat(match(
				"在嵊州海拔500多米的长乐镇小昆村,\"一庭园三基地\"宅改项目正在火热进行。\n\n" + "该项目的投资者李培君是一名嵊 州本地乡贤,2023年,从何家坞到小昆村,李培君为乡村注入了新活力。"))
			.isEqualTo(new PlaceMatch("3306", "330683", List.of("330683101"),
					List.of(new VillageRef("小昆村", "330683101255"))));
	}

	@Test
	void seedArticleOnChongxianWithANameBrokenAcrossLines() {
		assertThat(match("以崇贤街道为例,该街道不断深化\n\n图片由杭州市临平区崇\n\n贤街道提供\n\n推进“三方协同”共治。" + "例如曹家浜社区锦昌年苑小区为解决停车难问题"))
			.isEqualTo(new PlaceMatch("3301", "330113", List.of("330113007"),
					List.of(new VillageRef("曹家浜社区", "330113007005"))));
	}

	@Test
	void seedArticleOnLishangTownship() {
		assertThat(match("“既分管农业工作,也联系塔山村,所以我把村里闲置茶厂的开发利用列入自己领办的发展难题。”"
				+ "近日,在杭州市淳安县里商乡副乡长、乡人大代表徐伟立等人的共同努力下,里商乡人民政府和杭州某茶叶企业" + "签订了项目投资框架协议,帮助塔山村盘活了闲置资源。"))
			.isEqualTo(new PlaceMatch("3301", "330127", List.of("330127200"),
					List.of(new VillageRef("塔山村", "330127200234"))));
	}

	@Test
	void seedArticleOnXitangTown() {
		PlaceMatch match = match("心系家乡 乡贤助力西塘发展\n\n近年来,嘉善县西塘镇以“祥符荡同心示范先行”品牌引领全镇各界统战力量。"
				+ "前不久,西塘镇礼庙村的一桩交通事故纠纷,双方当事人迟迟未能达成一致。" + "今年,嘉善县干窑镇晚稻种植近800亩。嘉善县罗星街道鑫锋村党委书记陈惠雪自豪地介绍。");
		assertThat(match).isEqualTo(new PlaceMatch("3304", "330421", List.of("330421103", "330421105", "330421002"),
				List.of(new VillageRef("礼庙村", "330421103232"), new VillageRef("鑫锋村", "330421002202"))));
	}

	// --- scale and construction

	@Test
	void tenMegabytesOfRandomChineseFinishInBoundedTime() {
		Random random = new Random(42);
		StringBuilder text = new StringBuilder(10_000_000);
		while (text.length() < 10_000_000) {
			text.append((char) ('\u4e00' + random.nextInt(0x9fa5 - 0x4e00)));
			if (random.nextInt(40) == 0) {
				text.append(random.nextBoolean() ? "越城区北海街道" : "\n");
			}
		}
		PlaceMatch match = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> matcher.match(text.toString()));
		assertThat(match.districtCode()).isEqualTo("330602");
	}

	@Test
	void indexFromInMemoryRows() {
		GazetteerIndex small = GazetteerIndex
			.of(List.of(Place.city("3306", "绍兴市"), Place.district("330602", "越城区", "3306"),
					Place.district("330603", "柯桥区", "3306"), Place.township("330602001", "新桥镇", "330602"),
					Place.township("330603001", "新桥镇", "330603"), Place.village("330603001001", "新桥村", "330603001")));
		PlaceMatcher smallMatcher = new PlaceMatcher(small);
		assertThat(smallMatcher.match("新桥镇")).isEqualTo(PlaceMatch.none());
		assertThat(smallMatcher.match("柯桥区干部说,新桥镇新桥村")).isEqualTo(
				new PlaceMatch("3306", "330603", List.of("330603001"), List.of(new VillageRef("新桥村", "330603001001"))));
		assertThat(small.place("330602001")).contains(Place.township("330602001", "新桥镇", "330602"));
	}

	@Test
	void indexRejectsAPlaceWithoutItsParent() {
		assertThatIllegalArgumentException().isThrownBy(() -> GazetteerIndex
			.of(List.of(Place.city("3306", "绍兴市"), Place.township("330602004", "北海街道", "330602"))));
	}

}
