package org.civicatlas.portal.articles;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

import org.civicatlas.portal.articles.Highlighter.Figure;
import org.civicatlas.portal.articles.Highlighter.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlighterTests {

	private static final String NESTED = "40多名乡贤进驻社区值班,累计接访群众200余人次,成功化解邻里矛盾纠纷60多起,持续跟进5起。";

	@Test
	void marksTheFigureInsideTheQuoteAndKeepsEveryCharacter() {
		String paragraph = "发动共建单位力量募集爱心资金5万余元,有力促进项目的推进。";
		Highlighter.Result result = Highlighter.highlight(List.of(paragraph),
				List.of(figure(1, "募集爱心资金5万余元", "募集爱心资金", "50000", "元")));
		List<Segment> segments = result.paragraphs().get(0);
		assertThat(text(segments)).isEqualTo(paragraph);
		assertThat(marks(segments)).containsExactly("5万余元=[1]");
		assertThat(result.unplaced()).isEmpty();
	}

	@Test
	void overlappingQuotesGetOneMarkEach() {
		Highlighter.Result result = Highlighter.highlight(List.of(NESTED),
				List.of(figure(5, "累计接访群众200余人次,成功化解邻里矛盾纠纷60多起", "接访群众", "200", "人次"),
						figure(6, "成功化解邻里矛盾纠纷60多起", "成功化解邻里矛盾纠纷", "60", "起"),
						figure(7, "成功化解邻里矛盾纠纷60多起,持续跟进5起。", "持续跟进", "5", "起")));
		assertThat(marks(result.paragraphs().get(0))).containsExactly("200余人次=[5]", "60多起=[6]", "5起=[7]");
		assertThat(text(result.paragraphs().get(0))).isEqualTo(NESTED);
	}

	@Test
	void equalFiguresOfOneSentenceGoToTheirOwnPlaces() {
		String paragraph = "确保每个微网格由1名网格指导员、1名网格员、1名网格员和1名微网格员组成。";
		Highlighter.Result result = Highlighter.highlight(List.of(paragraph), List.of(
				figure(235, "确保每个微网格由1名网格指导员", "网格指导员", "1", "名"), figure(236, "1名网格员、1名网格员和1名微网格员组成", "网格员", "1", "名"),
				figure(237, "1名网格员和1名微网格员组成", "网格员", "1", "名"), figure(238, "1名网格员和1名微网格员组成", "微网格员", "1", "名")));
		assertThat(marks(result.paragraphs().get(0))).containsExactly("1名=[235]", "1名=[236]", "1名=[237]", "1名=[238]");
	}

	@Test
	void adjacentFiguresStayApart() {
		String paragraph = "发动群众,5个社区建立了5支志愿者队伍。";
		Highlighter.Result result = Highlighter.highlight(List.of(paragraph),
				List.of(figure(85, "发动群众,5个社区建立了5支", "社区", "5", "个"), figure(86, "发动群众,5个社区建立了5支", "队伍", "5", "支")));
		assertThat(marks(result.paragraphs().get(0))).containsExactly("5个=[85]", "5支=[86]");
	}

	@Test
	void twoFiguresOfTheSameWordsShareOneMark() {
		String paragraph = "村两委成员与8位乡贤齐聚一堂。";
		Highlighter.Result result = Highlighter.highlight(List.of(paragraph),
				List.of(figure(17, "与8位乡贤齐聚一堂", "乡贤", "8", "位"), figure(99, "8位乡贤", "乡贤", "8", "位")));
		assertThat(marks(result.paragraphs().get(0))).containsExactly("8位=[17, 99]");
	}

	@Test
	void aFigureNotFoundInItsQuoteMarksTheWholeQuote() {
		String paragraph = "一年一个样,三年大变样。";
		Highlighter.Result result = Highlighter.highlight(List.of(paragraph),
				List.of(figure(1, "三年大变样", "大变样", "4", "年")));
		assertThat(marks(result.paragraphs().get(0))).containsExactly("三年大变样=[1]");
	}

	@Test
	void aQuoteInNoParagraphIsUnplaced() {
		Highlighter.Result result = Highlighter.highlight(List.of("第一段。", "第二段,共3个。"),
				List.of(figure(1, "一个编辑输入的句子", "句子", "3", "个"), figure(2, "共3个", "共", "3", "个")));
		assertThat(result.unplaced()).containsExactly(1L);
		assertThat(marks(result.paragraphs().get(0))).isEmpty();
		assertThat(marks(result.paragraphs().get(1))).containsExactly("3个=[2]");
	}

	@Test
	void markupInTheTextIsLeftForTheTemplateToEscape() {
		String paragraph = "<b>预算</b> & 投入5万元";
		Highlighter.Result result = Highlighter.highlight(List.of(paragraph),
				List.of(figure(1, "& 投入5万元", "投入", "50000", "元")));
		assertThat(result.paragraphs().get(0)).extracting(Segment::text).containsExactly("<b>预算</b> & 投入", "5万元");
	}

	private static Figure figure(long id, String quote, String label, String value, String unit) {
		return new Figure(id, quote, label, new BigDecimal(value), unit);
	}

	private static String text(List<Segment> segments) {
		return segments.stream().map(Segment::text).collect(Collectors.joining());
	}

	private static List<String> marks(List<Segment> segments) {
		return segments.stream().filter(Segment::isMarked).map(s -> s.text() + "=" + s.figureIds()).toList();
	}

}
