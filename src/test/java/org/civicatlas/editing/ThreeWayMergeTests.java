package org.civicatlas.editing;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which value the conflict view's form holds for a field: the editor's only where they
 * changed it.
 */
class ThreeWayMergeTests {

	private static final Map<String, String> LOADED = fields("旧标题", "正文", null);

	@Test
	void aFieldTheEditorLeftAloneTakesTheStoredValueAndAChangedOneKeepsTheEditors() {
		ThreeWayMerge merge = ThreeWayMerge.since(ThreeWayMerge.base(LOADED), fields("旧标题", "我改的正文", null));
		assertThat(merge.pick("headline", "旧标题", "别人改的标题")).isEqualTo("别人改的标题");
		assertThat(merge.pick("body", "我改的正文", "正文")).isEqualTo("我改的正文");
		assertThat(merge.pick("subhead", null, "别人加的副标题")).isEqualTo("别人加的副标题");
	}

	@Test
	void aFieldTheEditorEmptiedCountsAsChanged() {
		ThreeWayMerge merge = ThreeWayMerge.since(ThreeWayMerge.base(fields("旧标题", "正文", "副标题")),
				fields("旧标题", "正文", null));
		assertThat(merge.pick("subhead", null, "别人改的副标题")).isNull();
	}

	@Test
	void withoutAReadableBaseEveryFieldKeepsTheEditorsValue() {
		Map<String, String> mine = fields("我的标题", "正文", null);
		for (String base : new String[] { null, "", "no-equals-sign", "=abc", "headline" }) {
			ThreeWayMerge merge = ThreeWayMerge.since(base, mine);
			assertThat(merge.pick("body", "正文", "别人改的正文")).as(String.valueOf(base)).isEqualTo("正文");
		}
	}

	@Test
	void theBaseIsADigestNotTheValues() {
		String base = ThreeWayMerge.base(fields("标题", "x".repeat(50_000), null));
		assertThat(base).doesNotContain("标题").hasSizeLessThan(200).startsWith("headline=");
	}

	private static Map<String, String> fields(String headline, String body, String subhead) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("headline", headline);
		fields.put("body", body);
		fields.put("subhead", subhead);
		return fields;
	}

}
