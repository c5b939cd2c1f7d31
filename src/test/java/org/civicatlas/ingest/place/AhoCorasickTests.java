package org.civicatlas.ingest.place;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AhoCorasickTests {

	private static List<String> scan(List<String> keys, String text) {
		List<String> hits = new ArrayList<>();
		new AhoCorasick(keys).scan(text, (key, start, end) -> hits.add(keys.get(key) + "@" + start + "-" + end));
		return hits;
	}

	@Test
	void reportsEveryOccurrenceIncludingOverlapsAndSuffixes() {
		assertThat(scan(List.of("he", "she", "his", "hers"), "ushers")).containsExactly("she@1-4", "he@2-4",
				"hers@2-6");
	}

	@Test
	void findsNestedChineseNamesAfterAFailedLongerPath() {
		List<String> keys = List.of("越城区", "越城", "北海街道", "北海", "城区北");
		assertThat(scan(keys, "越城区北海街道")).containsExactly("越城@0-2", "越城区@0-3", "城区北@1-4", "北海@3-5", "北海街道@3-7");
		assertThat(scan(keys, "越城北海道")).containsExactly("越城@0-2", "北海@2-4");
	}

	@Test
	void keyIndexesFollowTheGivenOrderNotTheSortedOne() {
		List<String> keys = List.of("诸暨市", "暨阳", "诸暨");
		assertThat(scan(keys, "诸暨市暨阳")).containsExactly("诸暨@0-2", "诸暨市@0-3", "暨阳@3-5");
	}

	@Test
	void emptyTextAndNoMatch() {
		assertThat(scan(List.of("嵊州"), "")).isEmpty();
		assertThat(scan(List.of("嵊州"), "嵊泗列岛")).isEmpty();
	}

	@Test
	void rejectsDuplicateAndEmptyKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AhoCorasick(List.of("绍兴", "绍兴")));
		assertThatIllegalArgumentException().isThrownBy(() -> new AhoCorasick(List.of("")));
	}

}
