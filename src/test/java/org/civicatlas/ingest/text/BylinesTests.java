package org.civicatlas.ingest.text;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BylinesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "孙 良 孙 健|孙良;孙健", "东 烨 陈楚|东烨;陈楚", "丁伟琴 邹梦滢 吴方钢|丁伟琴;邹梦滢;吴方钢", "张琼|张琼", "谢 婷|谢婷",
			"(龚萍 俞琳)|龚萍;俞琳", "（周静 王亦琳 刘婷婷）|周静;王亦琳;刘婷婷", "记者 王闻博|王闻博", "欧阳明 诸葛亮|欧阳明;诸葛亮" })
	void aLineOfNamesIsAByline(String line, String names) {
		assertThat(Bylines.parseLine(line)).contains(List.of(names.split(";")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "幸福邻里 温暖贴心", "护航稳增长", "打好乡愁牌 合力建家园", "学无止境 赋能未来", "墨香四溢 沁润民心", "上城区 以高质量发展描绘新画卷",
			"北海街道新乡贤联谊会募集爱心资金5万余元。", "网格实体化 治理提效能" })
	void headlinesAndSentencesAreNotBylines(String line) {
		assertThat(Bylines.parseLine(line)).isEmpty();
	}

	@Test
	void aBylineClosingAParagraphIsTakenOff() {
		var trailing = Bylines.parseTrailing("助力优化营商环境。(陈雨诗 何惠铭)");
		assertThat(trailing).isPresent();
		assertThat(trailing.get().names()).containsExactly("陈雨诗", "何惠铭");
		assertThat(trailing.get().text()).isEqualTo("助力优化营商环境。");
	}

	@Test
	void aParentheticalThatIsNotNamesStays() {
		assertThat(Bylines.parseTrailing("秀洲区委统战部(区侨联)")).isEmpty();
		assertThat(Bylines.parseTrailing("共创幸福生活。(图片由越城区北海街道办事处提供)")).isEmpty();
	}

	@Test
	void anInlineBylineOpeningTheFirstParagraphIsTakenOff() {
		assertThat(Bylines.parseInline("本报讯 (通讯员 林晓) 龙泉市市场监管局近日的抽查显示。")).hasValueSatisfying(t -> {
			assertThat(t.names()).containsExactly("林晓");
			assertThat(t.text()).isEqualTo("龙泉市市场监管局近日的抽查显示。");
		});
		assertThat(Bylines.parseInline("某某网杭州3月2日电(周 岚)村里的事。")).hasValueSatisfying(t -> {
			assertThat(t.names()).containsExactly("周岚");
			assertThat(t.text()).isEqualTo("村里的事。");
		});
		assertThat(Bylines.parseInline("本报讯 (据统计) 今年以来。")).isEmpty();
	}

}
