package org.civicatlas.ingest.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the segmenter shares out lines between articles on invented pages shaped as real
 * ones are: the line numbers are those of {@code String.join("\n\n", ...)}, 1, 3, 5, ...
 */
class SegmenterTests {

	@Test
	void aStorysLastParagraphPrintedAboveItsHeadlineGoesBackToIt() {
		String page = String.join("\n\n", "城东社区 建起共享菜园", "李明", // 1, 3
				"城东社区把闲置空地改成共享菜园,居民认领菜地,每周轮流浇水。", // 5
				"菜园开园以来,已有六十多户居民报名,老人和孩子一起种菜,邻里关系越来越融洽。", // 7
				"理发、打扫卫生,西河村志愿服务队的队员们说,结对独居老人让他们收获了快乐。(王芳)", // 9
				"西河村 结对关爱老人", // 11
				"西河村组建志愿服务队,志愿者与独居老人结对,定期上门探望。", // 13
				"志愿服务队还为独居老人提供助餐、代购、陪医和上门"); // 15

		assertThat(lines(page, new Continuity(List.of()))).containsExactly(List.of(1, 3, 5, 7), List.of(11, 13, 15, 9));
	}

	@Test
	void openEndsGoToTheLinesThatCarryThemOnAndAnEndCreditGoesWithTheParagraphAboveIt() {
		String page = String.join("\n\n", "山前村 请来法律顾问", // 1
				"村里每月请律师坐班,村民的问题记在“法律专", // 3: open, inside a quotation
				"老街社区 改造旧小区", // 5
				"老街社区今年改造了三个旧小区,新增两套", // 7: open
				"平安驿站 方便群众", // 9
				"档,每套都有专人维护。", // 11: opens mid-sentence
				"街道在路口设了平安驿站,由民警和网格员轮流值守。", // 13
				"家门诊”里,律师每周坐班两天。", // 15: closes a quotation
				"(赵强)"); // 17
		// 专|档 has been seen once, 两套|档 never: line 11 alone would take the end of
		// line 3, but line 15 carries it on by a word (专家)
		Continuity continuity = new Continuity(List.of("专家 专家 专家 专档"));

		assertThat(lines(page, continuity)).containsExactly(List.of(1, 3, 15, 17), List.of(5, 7, 11), List.of(9, 13));
	}

	@Test
	void aShortLineAfterAStoryStoppedMidSentenceCarriesItOnWhenTheTextUnderItSpeaksOfThatStory() {
		String page = String.join("\n\n", "小镇书屋 人气旺", // 1
				"镇上的书屋今年办得红火,暑假里推出“阅读", // 3: open, inside a quotation
				"河口镇 货车司机有了驿站", // 5
				"河口镇物流行业党委在镇上建起货车司机驿站,为司机提供热饭和休息床位。", // 7
				"驿站还联合镇卫生院,为两百多名物流", // 9: open
				"打卡”活动,每月评选阅读之星。", // 11: closes the quotation of line 3
				"(张三)", // 13
				"司机开展健康体检", // 15: a short line shaped like a headline
				"“我们会继续办好货车司机驿站,让物流行业党委成为司机的娘家。”河口镇相关负责人说。"); // 17

		assertThat(lines(page, new Continuity(List.of()))).containsExactly(List.of(1, 3, 11, 13),
				List.of(5, 7, 9, 15, 17));
	}

	@Test
	void aShortLineOverTextOfItsOwnStaysAHeadline() {
		String page = String.join("\n\n", "河口镇 货车司机有了驿站", // 1
				"河口镇物流行业党委在镇上建起货车司机驿站,为司机提供热饭和休息床位。", // 3
				"驿站还联合镇卫生院,为两百多名物流", // 5: open
				"(张三)", // 7
				"山村学校添新书", // 9
				"山区小学收到城里捐赠的三千册图书,孩子们有了自己的图书角。"); // 11

		assertThat(lines(page, new Continuity(List.of()))).containsExactly(List.of(1, 3, 5, 7), List.of(9, 11));
	}

	@Test
	void noParagraphGoesBackToAPackagesLead() {
		String page = String.join("\n\n", "南湖区 办好家门口的小事", // 1: the package's headline
				"南湖区今年在社区推出“邻里议事”,居民的小事在家门口商量着办。", // 3: its lead
				"议事会 解决停车难", "周敏", // 5, 7: a story with its byline
				"东栅社区开了三次议事会,居民商量出错时停车的办法,新增停车位八十个。", // 9
				"南湖区今年在社区推出“邻里议事”,议事会由居民代表、物业和社区干部组成。"); // 11
		// line 11 shares the lead's words, but the lead only introduces the stories

		assertThat(lines(page, new Continuity(List.of()))).containsExactly(List.of(1, 3), List.of(5, 7, 9, 11));
	}

	private static List<List<Integer>> lines(String text, Continuity continuity) {
		PageLines page = PageLines.of(text, Map.of());
		Segmenter.Result result = Segmenter.segment(page, LineClassifier.classify(page, continuity), Corrections.NONE,
				continuity);
		return result.articles().stream().map(a -> a.lines().stream().map(LineRef::line).toList()).toList();
	}

}
