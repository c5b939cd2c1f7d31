package org.civicatlas.admin.history;

import java.util.List;

import org.civicatlas.admin.history.TextDiff.Kind;
import org.civicatlas.admin.history.TextDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextDiffTests {

	private static final String FIRST = "社区议事会每月召开一次，".repeat(30);

	private static final String SECOND = "居民代表轮流主持会议。".repeat(20);

	@Test
	void oneChangedCharacterIsOneRemovedAndOneAddedCharacterInItsParagraph() {
		String changed = FIRST.substring(0, 100) + "季" + FIRST.substring(101);
		TextDiff diff = TextDiff.of(FIRST + "\n\n" + SECOND, changed + "\n\n" + SECOND);
		assertThat(diff.paragraphs()).hasSize(2);
		List<Segment> segments = diff.paragraphs().get(0).segments();
		assertThat(segments).extracting(Segment::kind).containsExactly(Kind.SAME, Kind.REMOVED, Kind.ADDED, Kind.SAME);
		assertThat(segments.get(1).text()).isEqualTo(FIRST.substring(100, 101));
		assertThat(segments.get(2).text()).isEqualTo("季");
		assertThat(segments.get(0).text() + segments.get(2).text() + segments.get(3).text()).isEqualTo(changed);
		assertThat(diff.paragraphs().get(1).segments()).containsExactly(new Segment(Kind.SAME, SECOND));
	}

	@Test
	void anAddedParagraphDoesNotMarkTheOthers() {
		TextDiff diff = TextDiff.of(FIRST + "\n\n" + SECOND, FIRST + "\n\n新的一段。\n\n" + SECOND);
		assertThat(diff.paragraphs()).extracting(paragraph -> paragraph.segments().get(0).kind())
			.containsExactly(Kind.SAME, Kind.ADDED, Kind.SAME);
	}

	@Test
	void aRemovedParagraphIsMarkedWhole() {
		TextDiff diff = TextDiff.of(FIRST + "\n\n" + SECOND, SECOND);
		assertThat(diff.paragraphs()).containsExactly(new TextDiff.Paragraph(List.of(new Segment(Kind.REMOVED, FIRST))),
				new TextDiff.Paragraph(List.of(new Segment(Kind.SAME, SECOND))));
	}

	@Test
	void charactersOutsideTheBasicPlaneStayWhole() {
		TextDiff diff = TextDiff.of("前𠀀后", "前𠀁后");
		assertThat(diff.paragraphs().get(0).segments()).extracting(Segment::text).containsExactly("前", "𠀀", "𠀁", "后");
	}

	@Test
	void aRewrittenLongParagraphIsShownRemovedAndAddedWholeAroundWhatStayed() {
		String old = "开头相同。" + "甲乙丙丁".repeat(300) + "结尾相同。";
		String now = "开头相同。" + "戊己庚辛".repeat(300) + "结尾相同。";
		assertThat(TextDiff.of(old, now).paragraphs().get(0).segments()).containsExactly(
				new Segment(Kind.SAME, "开头相同。"), new Segment(Kind.REMOVED, "甲乙丙丁".repeat(300)),
				new Segment(Kind.ADDED, "戊己庚辛".repeat(300)), new Segment(Kind.SAME, "结尾相同。"));
	}

}
