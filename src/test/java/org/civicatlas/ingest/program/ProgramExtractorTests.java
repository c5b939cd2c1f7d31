package org.civicatlas.ingest.program;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.civicatlas.ingest.ArticleText;
import org.civicatlas.ingest.PlaceMatch;
import org.civicatlas.ingest.ProgramModel;

import static org.assertj.core.api.Assertions.assertThat;

class ProgramExtractorTests {

	private static final String SHAOXING = "3306";

	private static final String YUECHENG = "330602";

	private static final String BEIHAI = "330602004";

	private static final String TAOYAN = "330602016";

	private static final String SHANGCHENG = "330102";

	private static final String XIHU = "330106";

	private static final FakePlaces PLACES = new FakePlaces().city("绍兴市", SHAOXING)
		.city("杭州市", "3301")
		.district("越城区", YUECHENG, SHAOXING)
		.district("上城区", SHANGCHENG, "3301")
		.district("西湖区", XIHU, "3301")
		.township("北海街道", BEIHAI, YUECHENG)
		.township("陶堰街道", TAOYAN, YUECHENG)
		.village("越西社区")
		.village("山隐社区");

	private static final PlaceMatch BEIHAI_ARTICLE = PLACES.of("绍兴市", "越城区", List.of("北海街道"), List.of("越西社区", "山隐社区"));

	private static final PlaceMatch YUECHENG_ARTICLE = PLACES.of("绍兴市", "越城区", List.of("北海街道", "陶堰街道"), List.of());

	private final ProgramExtractor extractor = new ProgramExtractor(PLACES);

	// --- brands of the province or the nation, aliases, descriptions

	@Test
	void provincialAndNationalBrandsAreNeverLocalPrograms() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE,
				"北海街道依托“浙里办”推出“爱心卡”项目,坚持和发展新时代“枫桥经验”,实施“领雁工程”,成立“钟堰慈孝基金”。");

		assertThat(names(programs)).contains("爱心卡项目", "钟堰慈孝基金").doesNotContain("浙里办", "枫桥经验", "领雁工程");
	}

	@Test
	void noAliasIsShorterThanTwoCharacters() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "近期北海街道助“凝”圆梦工坊迎来了加工旺季,“凝”圆梦工坊建设持续推进。",
				"大桥镇结合各村特色和“桥”见未来品牌,打造“桥”见未来品牌。");

		assertThat(programs).isNotEmpty()
			.allSatisfy(program -> assertThat(program.aliases())
				.allSatisfy(alias -> assertThat(alias).hasSizeGreaterThanOrEqualTo(2)));
	}

	@Test
	void aDescriptionIsMadeOfTheSentencesAboutTheProgram() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "北海街道成立“钟堰慈孝基金”。天气晴好,游客络绎不绝,街道很热闹。");

		assertThat(only(programs, "钟堰慈孝基金").description()).isEqualTo("北海街道成立“钟堰慈孝基金”。");
	}

	// --- names in quotation marks

	@Test
	void aQuotedCardThatIsLaunchedAndCalledAProjectIsAProgram() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE,
				"10月20日中午,在越城区北海街道越西社区的未来邻里餐厅里,老人们纷纷凭\"爱心卡\"享受助餐服务。自越城区养老服务\"爱心卡\"启动以来,"
						+ "北海街道成为试点街道之一,有力促进\"爱心卡\"项目的推进。");

		ProgramModel card = only(programs, "爱心卡");
		assertThat(card.aliases()).containsExactly("爱心卡项目");
		assertThat(card.subtypeKeys().get(0)).isEqualTo("elderly_care");
	}

	@Test
	void aQuotedNameWithAProgramWordOfItsOwnNeedsNoOtherEvidence() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "街道新乡贤联谊会积极助力试点工作,帮助越西社区成立“钟堰慈孝基金”,募集爱心资金5万余元。",
				"他们还把“花灯共富工坊”办成了网红打卡点。");

		assertThat(names(programs)).contains("钟堰慈孝基金", "花灯共富工坊");
	}

	@Test
	void asciiAndMixedQuotationMarksArePaired() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "'一庭园三基地\"是嵊州创新探索的宅改模式,整合闲置农村宅基地,打造创业基地、创新基地和创富基地。",
				"该街道还将自主开发的社会治理平台\"宁聚蓝\"升级成3.0版本。");

		assertThat(names(programs)).containsExactly("一庭园三基地", "宁聚蓝");
	}

	@Test
	void aProgramWordPrintedAfterTheQuotationIsPartOfTheNameAndTheQuotedWordsAnAlias() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "天台县医保局围绕医德医风培树,创新推出“医廉心”工程,打造医疗服务“零差别”。",
				"开展“利剑”专项行动,漠视群众利益“零容忍”。");

		assertThat(names(programs)).containsExactly("医廉心工程", "利剑专项行动");
		assertThat(programs.get(0).aliases()).containsExactly("医廉心");
		assertThat(programs.get(1).aliases()).containsExactly("利剑");
	}

	@Test
	void slogansAndQuotedPhrasesAreNotPrograms() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE,
				"充分发挥乡贤在社会治理中\"人熟、事熟、村情熟\"的优势,做到\"小事不出村,大事不出镇,矛盾不上交\",促进社区\"大和谐\"。",
				"\"我们希望通过这种形式,为企业发展营造最优环境。\"越城区工商联相关负责人说。", "以“服务”为主线,除了“硬件”的升级,网格是组织体系架构中的“桥头堡”,资金是企业的“生命线”。");

		assertThat(programs).isEmpty();
	}

	@Test
	void numbersCodesAndDatesInQuotesAreNotPrograms() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE,
				"天台县构建\"360\"清廉体系,探索形成了\"3+1\"的共治机制,启动\"10月20日\"专项行动,拨打\"12345\"热线。");

		assertThat(programs).isEmpty();
	}

	@Test
	void nicknamesMetaphorsTitlesAndPlaceNamesInQuotesAreNotPrograms() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "选拔54名乡贤,聘其为社区基层治理\"老娘舅\"。新乡贤要当好情系群众的\"风向标\"。",
				"被称为“葡萄大王”的朱屹峰走出一条致富路。南门村于2017年11月被授予\"浙江书法村\"称号,成功入选“一市一品统战工作创新实践项目”。");

		assertThat(programs).isEmpty();
	}

	@Test
	void oneOffMeetingsAndActivitiesAreNotPrograms() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "近日天台还组织召开了“强基提质促发展”推进会,启动“税务分享会”,开展“为企办实事”活动36次。");

		assertThat(programs).isEmpty();
	}

	@Test
	void quotedItemsOfAListOfBrandsAreProgramsButPartsOfOneModeAreNot() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "在基层打造\"红枫矫治\"\"情暖大唐\"等一批基层司法所帮扶品牌。",
				"全面推行错时延时医保服务机制,启动\"早晚弹性办\"\"午间不间断\"\"周末不打烊\"服务模式。");

		assertThat(names(programs)).containsExactly("红枫矫治", "情暖大唐", "错时延时医保服务机制");
	}

	// --- names ending in a program word

	@Test
	void anUnquotedNameStartsAfterTheVerbAndShedsTheOrdinal() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "北海街道新乡贤联谊会自2021年9月在越西社区试点成立越城区第一家新乡贤调解工作室,通过凝聚乡贤能人力量,"
				+ "借助乡贤力量完善基层调解机制。去年9月,北海街道新乡贤联谊会在山隐社区成立了第二家新乡贤调解工作室。");

		assertThat(names(programs)).containsExactly("北海街道新乡贤联谊会", "新乡贤调解工作室");
	}

	@Test
	void anUnquotedNameIsCutAtPunctuationAndParticlesAndMustKeepAProperPart() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "切实为中小微企业家搭建起宽松、高效、直接的沟通平台,建立工作机制,搭建平台。",
				"街道第一时间成立留用地专班,临平区创新性构建了餐饮油烟治理数字平台。");

		assertThat(names(programs)).containsExactly("留用地专班", "餐饮油烟治理数字平台");
	}

	@Test
	void anUnquotedNamePrintedTwiceIsAProgramWithoutALaunchingVerb() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "恰逢此时,乡贤带富基地的董事长找到了他。", "由于乡贤带富基地位于旅游度假区,周边民宿产业发达。",
				"积极对接望江红云党群人才服务中心资源。");

		assertThat(names(programs)).containsExactly("乡贤带富基地");
	}

	@Test
	void unquotedBrandsModelsAndProjectsAreGenericPhrases() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "努力打造村级乡贤品牌,积极探索深化综警网一体化工作模式,促成汇通达电商产业园项目,纳入一把手工程。");

		assertThat(programs).isEmpty();
	}

	// --- merging

	@Test
	void theSameQuotedNameInTwoArticlesOfOneDistrictIsOneProgram() {
		PlaceMatch shangcheng = PLACES.of("杭州市", "上城区", List.of(), List.of());
		List<ProgramModel> programs = extractor
			.extract(List.of(article(0, shangcheng, "上城区紧扣工作理念,深入开展“千名干部助千企”精准服务活动,奋力推进助企服务工作。"),
					article(1, shangcheng, "今年以来,上城区委组织部通过深化“千名干部助千企”精准服务行动,选派干部开展精准服务。")));

		assertThat(programs).singleElement().satisfies(program -> {
			assertThat(program.name()).isEqualTo("千名干部助千企");
			assertThat(program.aliases()).containsExactly("千名干部助千企精准服务行动");
			assertThat(program.articles()).containsExactly(0, 1);
		});
	}

	@Test
	void theSameNameInArticlesAboutDifferentDistrictsIsTwoPrograms() {
		PlaceMatch xihu = PLACES.of("杭州市", "西湖区", List.of(), List.of());
		List<ProgramModel> programs = extractor.extract(List.of(article(0, BEIHAI_ARTICLE, "帮助越西社区成立“钟堰慈孝基金”。"),
				article(1, xihu, "西湖区依托“网格议事日”征集意见。"), article(2, BEIHAI_ARTICLE, "越城区依托“网格议事日”征集意见。")));

		assertThat(names(programs)).containsExactly("钟堰慈孝基金", "网格议事日", "网格议事日");
		assertThat(programs.get(1).articles()).containsExactly(1);
		assertThat(programs.get(2).articles()).containsExactly(2);
	}

	@Test
	void aNameQualifiedAfterAMiddleDotIsTheSameProgramNamedByItsCommonestForm() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "越城区陶堰街道13家企业共同参加了\"亲清直通车·政企恳谈会\"。",
				"\"亲清直通车\"的开通推动了亲清政商关系更加行稳致远。", "如今,\"亲清直通车·政企恳谈会\"已成为基层镇街推动工作提质增效的平台。");

		assertThat(programs).singleElement().satisfies(program -> {
			assertThat(program.name()).isEqualTo("亲清直通车·政企恳谈会");
			assertThat(program.aliases()).containsExactly("亲清直通车");
		});
	}

	@Test
	void aNameWithoutItsLeadingPlaceOrWithWordsDroppedIsTheSameProgramInItsArticle() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "北海街道成为试点街道之一,街道新乡贤联谊会积极助力试点工作。",
				"一年来,北海街道新乡贤联谊会累计捐献资金物资近30万元。北海街道新乡贤联谊会还在重阳节走访慰问高龄老人。",
				"投资数千万元创办了汇今共富生态圈,“花灯共富工坊”便是其中的重要组成部分。游客在花灯工坊里参与剪纸。");

		assertThat(names(programs)).containsExactly("北海街道新乡贤联谊会", "花灯共富工坊");
		assertThat(programs.get(0).aliases()).containsExactly("新乡贤联谊会");
		assertThat(programs.get(1).aliases()).containsExactly("花灯工坊");
	}

	// --- places

	@Test
	void aProgramRunsInTheTownshipItsSentenceNames() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE,
				"越城区各街道都在行动。陶堰街道依托\"亲清直通车\"收集企业意见,北海街道则帮助越西社区成立“钟堰慈孝基金”。");

		assertThat(programs).extracting(ProgramModel::townshipCode).containsExactly(TAOYAN, BEIHAI);
		assertThat(programs).allSatisfy(program -> {
			assertThat(program.districtCode()).isEqualTo(YUECHENG);
			assertThat(program.cityCode()).isEqualTo(SHAOXING);
		});
	}

	@Test
	void aProgramNoSentenceOrArticlePlacesInOneTownshipRunsDistrictWide() {
		List<ProgramModel> programs = extract(YUECHENG_ARTICLE, "北海街道和陶堰街道都有新做法。", "全区推出“医廉心”工程,覆盖所有医院。");

		assertThat(programs).singleElement().satisfies(program -> {
			assertThat(program.townshipCode()).isNull();
			assertThat(program.districtCode()).isEqualTo(YUECHENG);
			assertThat(program.cityCode()).isEqualTo(SHAOXING);
		});
	}

	@Test
	void aProgramInASingleTownshipArticleRunsThereAndInTheVillageItsSentenceNames() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "去年9月,联谊会在山隐社区成立了第二家新乡贤调解工作室。", "全街道推出“爱心卡”,老人凭卡助餐。");

		assertThat(programs).extracting(ProgramModel::townshipCode).containsExactly(BEIHAI, BEIHAI);
		assertThat(programs).extracting(ProgramModel::villageName).containsExactly("山隐社区", null);
	}

	// --- classification

	@Test
	void aSagesMediationStudioIsASagesOrMediationProgram() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "街道在越西社区成立乡贤调解工作室,邀请乡贤入驻调解矛盾纠纷。");

		ProgramModel studio = only(programs, "乡贤调解工作室");
		assertThat(studio.subtypeKeys().get(0)).isIn("village_sages", "mediation_petitions");
		assertThat(studio.subtypeKeys()).contains("village_sages", "mediation_petitions");
	}

	@Test
	void aCommonProsperityWorkshopOfSagesIsFirstAWorkshop() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, "新乡贤们积极回报家乡,乡贤联谊会发动新乡贤出资出力。",
				"成功打造新乡贤企业共富工坊2家,带动就业200余人。");

		assertThat(only(programs, "新乡贤企业共富工坊").subtypeKeys().get(0)).isEqualTo("common_prosperity_workshops");
	}

	@Test
	void aProgramWithoutCuesTakesThePagesDominantSubtype() {
		List<ProgramModel> programs = extractor.extract(List.of(article(0, BEIHAI_ARTICLE, "乡贤回乡,乡贤捐资,新乡贤出力。"),
				article(1, BEIHAI_ARTICLE, "街道启动“红星计划”,每月走访一次。")));

		assertThat(only(programs, "红星计划").subtypeKeys()).containsExactly("village_sages");
	}

	// --- description and order

	@Test
	void theDescriptionIsTheFirstMentionsSentenceCutAtAClauseWithinTheLimit() {
		String sentence = "北海街道新乡贤联谊会自2021年9月在越西社区试点成立越城区第一家新乡贤调解工作室,通过凝聚乡贤能人力量,吸纳有一定影响的老教师、"
				+ "老干部、企业家等各界人士,充分发挥乡贤在社会治理中\"人熟、事熟、村情熟\"的优势,借助乡贤力量完善基层调解机制,做到\"小事不出村," + "大事不出镇,矛盾不上交\",获得了收效与好评。";
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE, sentence + "去年9月又成立了第二家。");

		ProgramModel studio = only(programs, "新乡贤调解工作室");
		assertThat(sentence.length()).isGreaterThan(Descriptions.MAX_LENGTH);
		assertThat(studio.description()).hasSizeLessThanOrEqualTo(Descriptions.MAX_LENGTH)
			.startsWith("北海街道新乡贤联谊会自2021年9月")
			.contains("新乡贤调解工作室")
			.endsWith("借助乡贤力量完善基层调解机制…");
	}

	@Test
	void aShortSentenceIsFollowedByTheNextWhileItFits() {
		List<ProgramModel> programs = extract(BEIHAI_ARTICLE,
				"前言不论。北海街道推出\"爱心卡\"。老人们凭卡在邻里餐厅享受助餐服务,价格实惠。下一句很长很长很长很长很长很长很长很长很长很长很长很长很长"
						+ "很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长。");

		assertThat(only(programs, "爱心卡").description()).isEqualTo("北海街道推出\"爱心卡\"。老人们凭卡在邻里餐厅享受助餐服务,价格实惠。");
	}

	@Test
	void programsComeInOrderOfFirstMentionAndTheSameInputGivesTheSameOutput() {
		List<ArticleText> page = List.of(article(0, YUECHENG_ARTICLE, "陶堰街道参加了\"亲清直通车·政企恳谈会\"。"),
				article(1, BEIHAI_ARTICLE, "帮助越西社区成立“钟堰慈孝基金”,在山隐社区成立了第二家新乡贤调解工作室。"),
				article(2, YUECHENG_ARTICLE, "如今,\"亲清直通车·政企恳谈会\"已成为基层平台。"));

		List<ProgramModel> programs = extractor.extract(page);

		assertThat(names(programs)).containsExactly("亲清直通车·政企恳谈会", "钟堰慈孝基金", "新乡贤调解工作室");
		assertThat(programs.get(0).articles()).containsExactly(0, 2);
		assertThat(extractor.extract(page)).isEqualTo(programs);
	}

	// --- the taxonomy

	@Test
	void theTaxonomyIsReadFromTheClasspathWithItsCueArrays() throws IOException {
		Taxonomy taxonomy = Taxonomy.load();
		assertThat(taxonomy.subtypes()).hasSize(37);
		assertThat(taxonomy.subtypes().get(0).key()).isEqualTo("village_sages");
		assertThat(taxonomy.subtypes().get(0).cues()).containsExactly("乡贤", "新乡贤", "乡贤联谊会", "乡贤参事会");

		Taxonomy quoted = Taxonomy.parse(new StringReader(
				"key,type_key,name_zh,name_en,cues,position\n" + "x,t,名,Name,\"{\"\"a,b\"\",c\\\\d, e}\",1\n"));
		assertThat(quoted.subtypes().get(0).cues()).containsExactly("a,b", "c\\d", "e");
	}

	// --- the seed pages

	@Test
	void everyAnnotatedArticleOfTheSeedPagesYieldsPlausiblePrograms() {
		List<AnnotatedPages.Page> pages = AnnotatedPages.all();
		Set<String> subtypes = Taxonomy.load()
			.subtypes()
			.stream()
			.map(Taxonomy.Subtype::key)
			.collect(Collectors.toSet());
		List<ProgramModel> all = new ArrayList<>();
		int articles = 0;
		int withPrograms = 0;
		for (AnnotatedPages.Page page : pages) {
			List<ProgramModel> programs = new ProgramExtractor(page.places()).extract(page.articles());
			all.addAll(programs);
			articles += page.articles().size();
			withPrograms += (int) page.articles()
				.stream()
				.filter(a -> programs.stream().anyMatch(p -> p.articles().contains(a.position())))
				.count();
			assertThat(programs).allSatisfy(program -> {
				assertThat(program.subtypeKeys()).isNotEmpty().hasSizeLessThanOrEqualTo(2);
				assertThat(subtypes).containsAll(program.subtypeKeys());
				assertThat(program.description()).isNotBlank().hasSizeLessThanOrEqualTo(Descriptions.MAX_LENGTH);
				assertThat(program.districtCode() != null || program.townshipCode() == null).isTrue();
				assertThat(program.articles()).isNotEmpty();
			});
		}

		assertThat(pages).hasSizeGreaterThanOrEqualTo(3);
		assertThat(withPrograms).isGreaterThan(articles * 3 / 4);
		assertThat(all).extracting(ProgramModel::name)
			.doesNotContain("老娘舅", "桥头堡", "生命线", "服务", "硬件", "123", "360", "3+1", "人熟、事熟、村情熟");
		assertThat(spelled(all, "钟堰慈孝基金")).hasValueSatisfying(p -> assertThat(p.villageName()).isEqualTo("越西社区"));
		assertThat(spelled(all, "新乡贤调解工作室")).hasValueSatisfying(p -> assertThat(p.townshipCode()).isEqualTo(BEIHAI));
		assertThat(spelled(all, "一庭园三基地"))
			.hasValueSatisfying(p -> assertThat(p.subtypeKeys().get(0)).isEqualTo("rural_homestead_reform"));
		assertThat(spelled(all, "幸福邻里坊")).isPresent();
		assertThat(spelled(all, "爱心卡"))
			.hasValueSatisfying(p -> assertThat(p.subtypeKeys().get(0)).isEqualTo("elderly_care"));
		assertThat(spelled(all, "花灯共富工坊"))
			.hasValueSatisfying(p -> assertThat(p.subtypeKeys().get(0)).isEqualTo("common_prosperity_workshops"));
		assertThat(spelled(all, "亲清直通车")).hasValueSatisfying(p -> assertThat(p.aliases()).isNotEmpty());
		assertThat(spelled(all, "北海街道新乡贤联谊会")).isPresent();
		assertThat(spelled(all, "宁聚蓝")).isPresent();
		assertThat(spelled(all, "医廉心")).isPresent();
		assertThat(spelled(all, "侨创空间")).isPresent();
		assertThat(spelled(all, "乡村侨舍")).isPresent();
		assertThat(spelled(all, "千名干部助千企")).hasValueSatisfying(p -> assertThat(p.articles()).hasSize(2));
	}

	// --- helpers

	private List<ProgramModel> extract(PlaceMatch places, String... paragraphs) {
		return extractor.extract(List.of(article(0, places, paragraphs)));
	}

	private static ArticleText article(int position, PlaceMatch places, String... paragraphs) {
		return new ArticleText(position, "标题", List.of(paragraphs), places);
	}

	private static List<String> names(List<ProgramModel> programs) {
		return programs.stream().map(ProgramModel::name).toList();
	}

	private static ProgramModel only(List<ProgramModel> programs, String name) {
		List<ProgramModel> named = programs.stream().filter(p -> p.name().equals(name)).toList();
		assertThat(named).as("programs named %s among %s", name, names(programs)).hasSize(1);
		return named.get(0);
	}

	/** The program known by that name or alias. */
	private static Optional<ProgramModel> spelled(List<ProgramModel> programs, String name) {
		return programs.stream().filter(p -> p.name().equals(name) || p.aliases().contains(name)).findFirst();
	}

}
