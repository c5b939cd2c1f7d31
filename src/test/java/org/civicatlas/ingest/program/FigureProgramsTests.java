package org.civicatlas.ingest.program;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.civicatlas.ingest.ProgramModel;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A figure goes to the program its sentence names, else to the one its headline names,
 * else to the one its article named last before it.
 */
class FigureProgramsTests {

	private static final ProgramModel FUND = program("钟堰慈孝基金");

	private static final ProgramModel CARD = program("爱心卡", "爱心卡项目");

	@Test
	void aFigureGoesToTheProgramItsSentenceNames() {
		List<String> paragraphs = List.of("越西社区成立“钟堰慈孝基金”,募集爱心资金5万余元。老人们凭“爱心卡”就餐,已发放300张。");
		FigurePrograms ties = new FigurePrograms(null, paragraphs, List.of(FUND, CARD));

		assertThat(ties.programOf(0, "越西社区成立“钟堰慈孝基金”,募集爱心资金5万余元。")).isEqualTo("钟堰慈孝基金");
		assertThat(ties.programOf(0, "老人们凭“爱心卡”就餐,已发放300张。")).isEqualTo("爱心卡");
	}

	@Test
	void aFigureInASentenceWithoutANameGoesToTheProgramNamedLastBeforeIt() {
		List<String> paragraphs = List.of("北海街道推出“爱心卡”项目。", "截至目前,已服务老人1200人次,满意率达98%。");
		FigurePrograms ties = new FigurePrograms(null, paragraphs, List.of(FUND, CARD));

		assertThat(ties.programOf(1, "截至目前,已服务老人1200人次,满意率达98%。")).isEqualTo("爱心卡");
	}

	@Test
	void aFigureInASentenceWithoutANameGoesToTheProgramTheHeadlineNames() {
		List<String> paragraphs = List.of("老人们凭“爱心卡”就餐。", "越西社区还成立了“钟堰慈孝基金”。", "截至目前,已服务老人1200人次。");
		FigurePrograms ties = new FigurePrograms("“爱心卡”暖了老人心", paragraphs, List.of(FUND, CARD));

		assertThat(ties.programOf(2, "已服务老人1200人次")).isEqualTo("爱心卡");
		assertThat(new FigurePrograms("暖了老人心", paragraphs, List.of(FUND, CARD)).programOf(2, "已服务老人1200人次"))
			.isEqualTo("钟堰慈孝基金");
	}

	@Test
	void aPhraseThatPointsBackToAProgramByItsKindNamesIt() {
		ProgramModel centre = program("白石社区乐邻服务中心", "乐邻服务中心");
		List<String> paragraphs = List.of("镇里建起白石社区的乐邻服务中心。", "村里还成立了“钟堰慈孝基金”。", "这座服务中心面积约800平方米。");
		FigurePrograms ties = new FigurePrograms(null, paragraphs, List.of(centre, FUND));

		assertThat(ties.programOf(2, "这座服务中心面积约800平方米。")).isEqualTo("白石社区乐邻服务中心");
	}

	@Test
	void aClauseThatOpensWithAProgramsKindAloneSpeaksOfIt() {
		// invented: the fund is named between the station and the figure; 工作站 alone
		// opens the figure's clause
		ProgramModel station = program("和事佬调解工作站");
		List<String> paragraphs = List.of("南岭村设立了和事佬调解工作站。", "村里还成立了“钟堰慈孝基金”,三年来,工作站调解纠纷120余起。");
		FigurePrograms ties = new FigurePrograms(null, paragraphs, List.of(station, FUND));

		assertThat(ties.programOf(1, "工作站调解纠纷120余起")).isEqualTo("和事佬调解工作站");
	}

	@Test
	void aPlaceOpeningAClauseIsNoProgram() {
		// invented: 社区 is where the figure happened, not the community programme
		ProgramModel community = program("东湖未来社区");
		List<String> paragraphs = List.of("东湖未来社区启用了。", "街道还成立了“钟堰慈孝基金”,社区今年新增志愿者80名。");
		FigurePrograms ties = new FigurePrograms(null, paragraphs, List.of(community, FUND));

		assertThat(ties.programOf(1, "社区今年新增志愿者80名")).isEqualTo("钟堰慈孝基金");
	}

	@Test
	void aParagraphThatNamesNoProgramGoesToTheOneWhoseOwnWordsItRepeats() {
		List<String> paragraphs = List.of("村里试水“桑蚕共养”“菱鱼轮作”这样的新模式。", "算起账来,养蚕的桑园每亩收入约6000元,比种粮多一倍。", "“菱鱼轮作”也在推广。",
				"全村今年接待游客3万人次。");
		FigurePrograms ties = new FigurePrograms("新模式带富一方", paragraphs, List.of(program("桑蚕共养"), program("菱鱼轮作")));

		assertThat(ties.programOf(1, "算起账来,养蚕的桑园每亩收入约6000元")).isEqualTo("桑蚕共养");
		// a paragraph that repeats no program's own words is left to the other rules
		assertThat(ties.programOf(3, "全村今年接待游客3万人次。")).isEqualTo("菱鱼轮作");
	}

	@Test
	void aNamePrintedWithQuotationMarksInsideItIsFound() {
		ProgramModel workshop = program("助凝圆梦工坊", "圆梦工坊");
		List<String> paragraphs = List.of("镇里的助“凝”圆梦工坊迎来旺季,40多名工人都在忙。");
		FigurePrograms ties = new FigurePrograms(null, paragraphs, List.of(workshop));

		assertThat(ties.programOf(0, "40多名工人都在忙")).isEqualTo("助凝圆梦工坊");
	}

	@Test
	void anArticleThatNamesNoProgramTiesNoFigure() {
		FigurePrograms ties = new FigurePrograms(null, List.of("全年接待游客30万人次。"), List.of(FUND));

		assertThat(ties.programOf(0, "全年接待游客30万人次。")).isNull();
	}

	private static ProgramModel program(String name, String... aliases) {
		return new ProgramModel(name, List.of(aliases), List.of("elderly_care"), "3306", "330602", null, null, name,
				List.of(0));
	}

}
