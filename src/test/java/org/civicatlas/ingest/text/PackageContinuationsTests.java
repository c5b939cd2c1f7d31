package org.civicatlas.ingest.text;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A package of short stories printed heads first (headline, byline, a first paragraph
 * stopping mid-sentence), then a band of their continuations, on an invented page shaped
 * as real ones are: the line numbers are those of {@code String.join("\n\n", ...)}, 1, 3,
 * 5, ...
 */
class PackageContinuationsTests {

	/*
	 * 19 opens mid-sentence and carries the first story on by a word (上|门); 21 only names
	 * the speaker of a quotation the page lost, then speaks of the second story's
	 * program; 23 repeats a quoted name of the first story's head and two words of its
	 * headline, too few for the segmenter's vocabulary rule, while the last story is
	 * still open; 25 opens mid-sentence (调|解); 27 speaks of none of them and stays where
	 * the page put it.
	 */
	private static final String PAGE = String.join("\n\n", "东湖社区 老人食堂开张", "陈晓", // 1, 3
			"东湖社区把闲置的活动室改成“银龄食堂”,每天为八十多位老人供应午餐,菜价由社区补贴一半。食堂还开设了送餐上", // 5
			"西岭村 果园搭起直播间", "林海", // 7, 9
			"西岭村的“云上果园”直播间今年开播,村里的年轻人轮流当主播,把自家种的蜜桔卖到全国各地,一场直播最多卖出", // 11
			"南桥街道 调解进小区", "周红", // 13, 15
			"南桥街道在每个小区设了调解室,退休干部和律师轮流坐班,邻里之间的噪音、漏水、停车纠纷当场调", // 17
			"门、送药上门等服务,行动不便的老人打个电话,志愿者就把饭菜送到家里。", // 19
			"西岭村党支部书记说。今年“云上果园”直播间还请来电商老师,为村里的年轻人开了十期直播培训。", // 21
			"“银龄食堂”开张以来,就餐卡已办出两百多张,不少子女专门打来电话道谢。", // 23
			"解,今年南桥街道的调解室已化解纠纷一百二十多起。", // 25
			"活动当天还有不少居民前来围观。", // 27
			"北山公园 新添健身步道", // 29
			"北山公园今年新修了三公里健身步道,沿途设了休息亭和饮水点,每天清晨都有不少市民来", // 31
			"步道锻炼身体,公园管理处还在入口处装了一批健身器材。"); // 33

	/** 上|门 and 调|解 are words: the corpus prints them together. */
	private static final Continuity CONTINUITY = new Continuity(List.of("上门 上门 上门 调解 调解 调解"));

	@Test
	void eachContinuationGoesToTheStoryItCarriesOnAndAParagraphWithoutEvidenceStays() {
		assertThat(segment().articles().stream().map(a -> a.lines().stream().map(LineRef::line).toList()))
			.containsExactly(List.of(1, 3, 5, 19, 23), List.of(7, 9, 11, 21), List.of(13, 15, 17, 25, 27),
					List.of(29, 31, 33));
	}

	@Test
	void aStoryWhoseContinuationOnlyNamesTheSpeakerOfALostQuotationIsIncomplete() {
		assertThat(segment().articles().stream().map(ArticleLayout::incomplete)).containsExactly(false, true, false,
				false);
	}

	private static Segmenter.Result segment() {
		PageLines page = PageLines.of(PAGE, Map.of());
		return Segmenter.segment(page, LineClassifier.classify(page, CONTINUITY), Corrections.NONE, CONTINUITY);
	}

}
