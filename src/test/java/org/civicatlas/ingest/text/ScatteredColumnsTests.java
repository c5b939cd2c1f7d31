package org.civicatlas.ingest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An invented page of narrow column pieces scattered among full-width paragraphs, with
 * the articles as reading from top to bottom leaves them (every line under the headline
 * above it). Lines are numbered as {@code String.join("\n\n", ...)} numbers them: 1, 3,
 * 5, ...
 */
class ScatteredColumnsTests {

	private static final List<String> LINES = List.of("护苗行动", // 1: a headline piece
			"心、细心的服务。", // 3: opens mid-sentence
			"街道还组织志愿者", "每周上门走访,", "帮助老人解决难题。", "今年已走访三百户。", // 5-11
			"城西街道 织密服务网", "王明", // 13, 15
			"城西街道今年在各社区设立服务站,居民有事可以就近办理,办事时间缩短了一半以上。", // 17
			"“红马甲”", // 19: the headline's other piece
			"近日,城西街道的红马", "甲志愿者走进社区,", "为独居老人送去温暖,", "他们用耐心和爱", "陪伴老人的日常生活,", // 21-29
			"小院议事 共商共治", // 31: a headline among narrow lines
			"老人们都说志愿者", "比亲人还贴心。", "志愿服务队今年", "还将招募新队员,", "把服务送到更多家庭。", // 33-41
			"东山村把村民议事会开到了农家小院,村民围坐一起商量村里的大事小情。", // 43
			"议事会上,村干部把修路、建广场的方案摆出来,请村民们一起讨", // 45: open
			"近日,南山学校开", "展读书月活动,", "李华", "邀请家长和孩子", "一起读书分享。", // 47-55: a byline
			"书香满校园 悦读伴成长", // 57: a headline without byline
			"论,大家你一言我一语,方案改了三稿,村民们的意见都记在了本子上,", // 59: carries 45 on
			"学校还邀请作家", "走进课堂分享,", "孩子们收获满满。", // 61-65
			"下一步,东山村将深入探", // 67: ends on the first half of a word
			"让村里的事越办越顺。", // 69: printed below it, read before it
			"索议事新办法,让更多村民参与到村里的事务中来,把好事办好、实事办实。"); // 71

	private final Continuity continuity = new Continuity(List.of("讨论 讨论 讨论 探索"));

	private final PageLines page = PageLines.of(String.join("\n\n", LINES), Map.of());

	@Test
	void piecesAndBandsOfTheTwoStreamsGoToTheirArticles() {
		Map<LineRef, LineKind> kinds = kinds(Map.of(1, LineKind.HEADLINE, 13, LineKind.HEADLINE, 15, LineKind.BYLINE,
				19, LineKind.HEADLINE, 31, LineKind.HEADLINE, 51, LineKind.BYLINE, 57, LineKind.HEADLINE));
		List<Draft> drafts = topToBottom(kinds);

		ScatteredColumns.regroup(drafts, page, kinds, continuity);

		assertThat(lines(drafts)).containsExactly(List.of(13, 15, 17),
				List.of(19, 1, 21, 23, 25, 27, 29, 33, 35, 37, 39, 41, 3, 5, 7, 9, 11),
				List.of(31, 43, 45, 59, 69, 67, 71), List.of(57, 51, 47, 49, 53, 55, 61, 63, 65));
		assertThat(drafts.get(1).headlineLines).isEqualTo(2);
	}

	@Test
	void theSegmenterHandsTheHeadlineInTwoPiecesOnAsOneHeadline() {
		Map<LineRef, LineKind> kinds = kinds(Map.of(1, LineKind.HEADLINE, 13, LineKind.HEADLINE, 15, LineKind.BYLINE,
				19, LineKind.HEADLINE, 31, LineKind.HEADLINE, 51, LineKind.BYLINE, 57, LineKind.HEADLINE));

		List<ArticleLayout> articles = Segmenter.segment(page, kinds, Corrections.NONE, continuity).articles();

		ArticleLayout joined = articles.stream().filter(a -> a.lines().get(0).line() == 19).findFirst().orElseThrow();
		assertThat(joined.headlineLines()).isEqualTo(2);
		assertThat(joined.lines().get(1).line()).isEqualTo(1);
		assertThat(ArticleAssembler.assemble(joined, page, kinds).headline()).isEqualTo("“红马甲” 护苗行动");
		assertThat(articles).extracting(a -> a.lines().get(0).line()).containsExactly(13, 19, 31, 57);
	}

	@Test
	void twoOpeningPiecesLeaveTheHeadlineUnjoined() {
		Map<LineRef, LineKind> kinds = kinds(Map.of(1, LineKind.HEADLINE, 13, LineKind.HEADLINE, 15, LineKind.BYLINE,
				19, LineKind.HEADLINE, 31, LineKind.HEADLINE, 47, LineKind.HEADLINE, 57, LineKind.HEADLINE));
		List<Draft> drafts = topToBottom(kinds);

		ScatteredColumns.regroup(drafts, page, kinds, continuity);

		assertThat(lines(drafts)).extracting(lines -> lines.get(0)).containsExactly(1, 13, 19, 31, 47, 57);
	}

	@Test
	void aPageWithOneRunOfNarrowLinesStaysAsRead() {
		// one article set in narrow columns: its columns are NarrowColumns' work
		Map<LineRef, LineKind> kinds = kinds(Map.of(1, LineKind.HEADLINE, 13, LineKind.HEADLINE, 15, LineKind.BYLINE));
		PageLines one = PageLines.of(String.join("\n\n", LINES.subList(0, 9)), Map.of());
		List<Draft> drafts = topToBottom(kinds, one);
		List<List<Integer>> before = lines(drafts);

		ScatteredColumns.regroup(drafts, one, kinds, continuity);

		assertThat(lines(drafts)).isEqualTo(before);
	}

	private Map<LineRef, LineKind> kinds(Map<Integer, LineKind> special) {
		Map<LineRef, LineKind> kinds = new HashMap<>();
		for (int line = 1; line <= 2 * LINES.size() - 1; line += 2) {
			kinds.put(LineRef.of(line), special.getOrDefault(line, LineKind.BODY));
		}
		return kinds;
	}

	private List<Draft> topToBottom(Map<LineRef, LineKind> kinds) {
		return topToBottom(kinds, page);
	}

	private static List<Draft> topToBottom(Map<LineRef, LineKind> kinds, PageLines page) {
		List<Draft> drafts = new ArrayList<>();
		for (LineRef ref : page.refs()) {
			if (kinds.get(ref) == LineKind.HEADLINE) {
				drafts.add(new Draft(ref));
			}
			else {
				drafts.get(drafts.size() - 1).add(ref, kinds.get(ref), page);
			}
		}
		return drafts;
	}

	private static List<List<Integer>> lines(List<Draft> drafts) {
		return drafts.stream().map(d -> d.lines.stream().map(LineRef::line).toList()).toList();
	}

}
