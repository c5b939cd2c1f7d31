package org.civicatlas.ingest.program;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.civicatlas.ingest.ArticleText;
import org.civicatlas.ingest.PlaceMatch;
import org.civicatlas.ingest.ProgramModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names printed without quotation marks or around a code, and spellings of one program:
 * the rules that let a figure find the program it describes ({@code docs/ingest.md}).
 */
class ProgramNameRulesTests {

	private static final FakePlaces PLACES = new FakePlaces().city("湖州市", "3305")
		.district("德清县", "330521", "3305")
		.township("新市镇", "330521102", "330521");

	private static final PlaceMatch ARTICLE = PLACES.of("湖州市", "德清县", List.of("新市镇"), List.of());

	private final ProgramExtractor extractor = new ProgramExtractor(PLACES);

	@Test
	void aCodeInQuotesNamesAProgramWithTheProgramWordPrintedAfterIt() {
		List<ProgramModel> programs = extract("下一步,街道将积极实施\"123\"工作计划,还要把\"5+X\"共富工坊推广模式推向各村。");

		assertThat(names(programs)).containsExactly("123工作计划", "5+X共富工坊推广模式");
	}

	@Test
	void aQuotedNameAndTheSameNameWithItsProgramWordInsideTheQuotesAreOneProgram() {
		List<ProgramModel> programs = extract("新市镇推出一项“共富驿站计划”。", "到今年底,“共富驿站”项目共吸纳企业30家。");

		assertThat(names(programs)).containsExactly("共富驿站计划");
		assertThat(programs.get(0).aliases()).contains("共富驿站项目");
	}

	@Test
	void anUnquotedServicePointForANewGroupIsAProgram() {
		List<ProgramModel> programs = extract("眼下,全区5个街道都已建成新居民服务站;在物流园区又设了2个新居民法律联络站。");

		assertThat(names(programs)).containsExactly("新居民服务站", "新居民法律联络站");
	}

	@Test
	void aBodyNamedAfterItsPlaceIsAProgramHoweverGenericItsOtherWords() {
		List<ProgramModel> programs = extract("上周,王大爷来到德清县综合治理中心反映问题。");

		assertThat(names(programs)).containsExactly("德清县综合治理中心");
	}

	@Test
	void genericPhrasesAndWordsThatMerelyContainAProgramWordAreNotPrograms() {
		List<ProgramModel> programs = extract("他借助网络平台把土特产卖到各地,公共基础设施存在“先天不足”,邻里街坊都来帮忙。");

		assertThat(programs).isEmpty();
	}

	@Test
	void aWorkshopEndingInABareFangIsAProgramWhenPrintedTwice() {
		List<ProgramModel> programs = extract("巧娘坊开在村口。一年来,巧娘坊已迎来访客1.6万人次。");

		assertThat(names(programs)).containsExactly("巧娘坊");
	}

	@Test
	void aQuotedNameOfTheKindOfAMechanismIsAProgram() {
		List<ProgramModel> programs = extract("镇里推行由乡贤担任“轮岗书记”的机制。");

		assertThat(names(programs)).containsExactly("轮岗书记");
	}

	@Test
	void aWorkshopOfOneTradeIsAProgramOnlyWhenPrintedAgain() {
		assertThat(names(extract("酒坊也让村民增加了收入。按照订单模式,酒坊卖出米酒80万元。"))).containsExactly("酒坊");
		assertThat(extract("酒坊也让村民增加了收入。")).isEmpty();
	}

	@Test
	void theUnitOfAnOrganisationIsNoProgram() {
		assertThat(extract("德清县公安局指挥中心上月的通报称,警情数比去年减少。")).isEmpty();
	}

	@Test
	void twoNamesJoinedByAMiddleDotAreABrandsName() {
		assertThat(names(extract("他在一场“亲清·恳谈”上讲出了企业的烦恼。"))).containsExactly("亲清·恳谈");
	}

	@Test
	void aQuotedNameLeavesOutAProgramWordThatOnlySaysItsKind() {
		List<ProgramModel> programs = extract("镇里打造“乡音和事”服务品牌,推出“红色管家”服务模式,建起“巧娘手作”共富工坊。");

		assertThat(names(programs)).containsExactly("乡音和事", "红色管家", "巧娘手作共富工坊");
	}

	@Test
	void aBodyOfAPlacePrintedAsThePlacesIsNamedAfterThatPlace() {
		assertThat(names(extract("在湖州市德清县白石社区的乐邻服务中心二楼,居民们正在排练。"))).containsExactly("白石社区乐邻服务中心");
		// a place that only points back names no one
		assertThat(extract("该社区的乐邻服务中心二楼,居民们正在排练。")).isEmpty();
	}

	@Test
	void examplesListedBeforeTheirKindAreProgramsOneByOne() {
		List<ProgramModel> programs = extract("村里试水“桑蚕共养”“菱鱼轮作”这样的新模式,带着农户一起转型。");

		assertThat(names(programs)).containsExactly("桑蚕共养", "菱鱼轮作");
	}

	@Test
	void aQuotedCountOfAProgramsUnitsIsANameWhenTheArticlePrintsItTwice() {
		assertThat(names(extract("镇里陆续建起“五坊”。如今“五坊”已吸纳村民60人就业。"))).containsExactly("五坊");
		assertThat(extract("镇里陆续建起“五坊”,吸纳村民60人就业。")).isEmpty();
	}

	@Test
	void aKindTheArticlePointsBackToIsPartOfTheName() {
		List<ProgramModel> programs = extract("街道开办“春苗助学”夜校,已办了三期。", "这所夜校共招收学员40名。");

		assertThat(names(programs)).containsExactly("春苗助学夜校");
		assertThat(programs.get(0).aliases()).contains("春苗助学");
	}

	@Test
	void aQuotationItsClauseSaysWasLaunchedInAPlaceIsAProgram() {
		assertThat(names(extract("“邻里帮帮团”互助服务在新市镇率先推出,半年来已上门200多次。"))).containsExactly("邻里帮帮团");
		// the clause launched something else
		assertThat(extract("“邻里帮帮团”理念在新市镇推出了新举措。")).isEmpty();
	}

	private List<ProgramModel> extract(String... paragraphs) {
		return extractor.extract(List.of(new ArticleText(0, "标题", List.of(paragraphs), ARTICLE)));
	}

	private static List<String> names(List<ProgramModel> programs) {
		return programs.stream().map(ProgramModel::name).toList();
	}

}
