package org.civicatlas.ingest.text;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineClassifierTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '~', value = { "乡贤参与基层治理 构筑居民幸福共同体|孙 良 孙 健|HEADLINE",
			"'一庭园三基地\"续写新篇章|东 烨 陈楚|HEADLINE", "\"亲清直通车\"|近日,越城区陶堰街道辖区内13|HEADLINE",
			"孙 良 孙 健|\"白切鸡、虾皮南瓜,不仅菜好,价格也实惠。\"|BYLINE", "乡贤助力,共创幸福生活。(图片由越城区北海街道办事处提供)|的幸福家园。|CAPTION",
			"加\"共 上新 **孙金良 王霞 王梦桥** 心资金[。] 起**,**袁家|\"亲清直通车\"|NOISE",
			"谈会均由相关部门主要领导出席,并与中小微企业家面对面交流,这让政府在|帮助解决中小微企业诉求时更加务实|BODY",
			"在“花灯共富工坊”带来可观收益|的同时,两位乡贤也在思考着如何将工坊的繁荣辐射至全村乃至周边的村落。|BODY", "帮助解决中小微企业诉求时更加务实|有效,极具针对性地解读涉企政策,推|BODY" })
	void linesAreClassifiedByTheirShape(String line, String next, LineKind expected) {
		assertThat(LineClassifier.classify(line, next)).isEqualTo(expected);
	}

	@Test
	void aPageOpensWithAHeadlineEvenWithoutBylineUnderIt() {
		PageLines page = PageLines.of("画好社区共建共治共享“同心圆”\n\n据介绍,为了进一步提升城市住宅小区治理效能和水平,营造平安和谐的社区环境。\n", Map.of());
		assertThat(LineClassifier.classify(page).get(LineRef.of(1))).isEqualTo(LineKind.HEADLINE);
	}

	@Test
	void headlinesWithAColonOrCommaStandAboveALongerLineOrAByline() {
		String body = "近日,某某镇召开会议,研究部署下一步的工作安排,会议由镇党委书记主持,各村负责人参加。";
		PageLines page = PageLines.of("前一段已经结束。\n\n山城:古镇换了新模样\n\n" + body + "\n\n织网行动,守护平安\n\n李 明\n\n" + body + "\n",
				Map.of());
		Map<LineRef, LineKind> kinds = LineClassifier.classify(page);
		assertThat(kinds.get(LineRef.of(3))).isEqualTo(LineKind.HEADLINE);
		assertThat(kinds.get(LineRef.of(7))).isEqualTo(LineKind.HEADLINE);
		assertThat(kinds.get(LineRef.of(9))).isEqualTo(LineKind.BYLINE);
	}

	@Test
	void aNarrowColumnLineWithACommaIsNotAHeadline() {
		PageLines page = PageLines.of("前一段已经结束。\n\n以某某街道为例,该街道不断深化\n\n改革,推动工作落地见效。\n", Map.of());
		assertThat(LineClassifier.classify(page).get(LineRef.of(3))).isEqualTo(LineKind.BODY);
	}

	@Test
	void aPhotoSetApartAndItsCreditAreCaptionsAndGarbledPiecesAreNoise() {
		PageLines page = PageLines
			.of("小镇新事 温暖人心\n\n村里建起了书屋,孩子们读上了新书。\n\n\n\n志愿者把图书送到孩子手中。\n\n王 明 摄\n\n调 村 ·民 议\n\n(资料图片)\n", Map.of());
		Map<LineRef, LineKind> kinds = LineClassifier.classify(page);
		assertThat(kinds.get(LineRef.of(7))).isEqualTo(LineKind.CAPTION);
		assertThat(kinds.get(LineRef.of(9))).isEqualTo(LineKind.CAPTION);
		assertThat(kinds.get(LineRef.of(11))).isEqualTo(LineKind.NOISE);
		assertThat(kinds.get(LineRef.of(13))).isEqualTo(LineKind.CAPTION);
	}

}
