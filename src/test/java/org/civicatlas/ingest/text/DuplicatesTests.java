package org.civicatlas.ingest.text;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DuplicatesTests {

	private static Paragraph paragraph(String text) {
		return new Paragraph(text, List.of(new Paragraph.Piece(0, LineRef.of(1))));
	}

	@Test
	void aCopyWithAWrongPrefixIsDropped() {
		Paragraph original = paragraph("苍南县桥墩镇组织开展电动自行车消防安全检查，排查隐患二十余处。");
		Paragraph copy = paragraph("嘉兴港区桥墩镇组织开展电动自行车消防安全检查，排查隐患二十余处。");
		Paragraph other = paragraph("下一步，桥墩镇将持续开展入户宣传，筑牢消防安全防线，确保群众安全。");
		assertThat(Duplicates.drop(List.of(original, other, copy))).containsExactly(original, other);
	}

	@Test
	void ofTwoEqualParagraphsTheLaterIsDropped() {
		Paragraph first = paragraph("北海街道新乡贤联谊会累计为社区及卫生院等捐献各类资金物资近30万元。");
		Paragraph again = paragraph("北海街道新乡贤联谊会累计为社区及卫生院等捐献各类资金物资近30万元。");
		assertThat(Duplicates.drop(List.of(first, again))).containsExactly(first);
	}

	@Test
	void aParagraphStandingInsideALongerOneIsDropped() {
		Paragraph longer = paragraph("近年来，上城区累计建成投用“幸福邻里坊”62个，覆盖全区各个街道，服务居民超过十万人次。");
		Paragraph part = paragraph("累计建成投用“幸福邻里坊”62个，覆盖全区各个街道");
		assertThat(Duplicates.drop(List.of(part, longer))).containsExactly(longer);
	}

	@Test
	void shortRepeatsAndDifferentParagraphsStay() {
		Paragraph a = paragraph("小事不出村。");
		Paragraph b = paragraph("小事不出村。");
		Paragraph c = paragraph("暨阳街道袁家村举办了一场别开生面的乡贤恳谈会。");
		assertThat(Duplicates.drop(List.of(a, b, c))).containsExactly(a, b, c);
	}

}
