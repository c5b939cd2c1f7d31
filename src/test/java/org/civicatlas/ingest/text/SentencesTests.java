package org.civicatlas.ingest.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTests {

	@ParameterizedTest
	@ValueSource(strings = { "受到企业家的一致好评。", "真的非常感谢!\"", "相关负责人表示。”", "(周静 俞雯雯)", "好不好？" })
	void finishedLines(String line) {
		assertThat(Sentences.endsSentence(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "松、高效、直接的沟通平台", "谈会均由相关部门主要领导出席,并与中小微企业家面对面交流,这让政府在", "“幸福邻里坊”" })
	void unfinishedLines(String line) {
		assertThat(Sentences.endsSentence(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "的幸福家园。", "诊”,今年共精准选派助企服务干部304名", "，现场直接答疑28条", "、邻里中心等", "站、党群服务中心等", "发,坚守服务底线" })
	void linesThatCannotOpenASentence(String line) {
		assertThat(Sentences.opensMidSentence(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "近日,越城区陶堰街道辖区内13", "“我们坚持实践实战导向,让更多干部化身助企服务员", "北海街道积极构建以法治为引领", "市、县两级联动", "对此,街道组织了" })
	void linesThatMayOpenASentence(String line) {
		assertThat(Sentences.opensMidSentence(line)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "家门诊”里,律师每周坐班两天。", "工作法”,把矛盾化解在村里", "说:这件事办得好”" })
	void linesThatCloseAQuotationBegunBefore(String line) {
		assertThat(Sentences.closesQuotation(line)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "“我们会继续办好驿站。”", "推出“阅读打卡”活动", "居民都说好。" })
	void linesThatDoNot(String line) {
		assertThat(Sentences.closesQuotation(line)).isFalse();
	}

}
