package org.civicatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.ingest.text.LineClassifier;
import org.civicatlas.ingest.text.LineKind;
import org.civicatlas.ingest.text.LineRef;
import org.civicatlas.ingest.text.PageLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each editorial correction in {@code seeds/corrections/} checked against its page: it
 * parses (every line it names exists, is not blank and is named once), each corrected
 * article opens with a headline-like line, captions look like captions, and the pages'
 * lines all end up somewhere.
 */
class SeedCorrectionsTests {

	static Iterable<String> files() {
		return SeedPages.files();
	}

	@ParameterizedTest
	@MethodSource("files")
	void everyCorrectedArticleOpensWithItsHeadline(String file) {
		Corrections corrections = SeedPages.corrections(file);
		PageLines page = PageLines.of(new String(SeedPages.bytes(file), StandardCharsets.UTF_8), corrections.splits());
		Map<LineRef, LineKind> kinds = LineClassifier.classify(page);
		for (Corrections.ArticleLines article : corrections.articles()) {
			LineRef headline = article.lines().get(0);
			assertThat(page.text(headline)).as(file + " line " + headline)
				.hasSizeLessThanOrEqualTo(30)
				.doesNotContainPattern("[，,。；;：:！!？?]");
			article.captions()
				.forEach(caption -> assertThat(kinds.get(caption)).as(file + " caption " + caption)
					.isIn(LineKind.CAPTION, LineKind.BODY));
		}
	}

	@ParameterizedTest
	@MethodSource("files")
	void everyLineOfThePageEndsUpInAnArticleOrAsNoise(String file) {
		IngestPipeline pipeline = Pipelines.shared();
		PageModel page = SeedPages.ingest(pipeline, file);
		assertThat(page.leftOver()).as(file).isEmpty();
	}

	@Test
	void howManyArticlesNeededACorrection() {
		int corrected = 0;
		int all = 0;
		Set<String> names = new HashSet<>();
		for (String file : SeedPages.files()) {
			for (ArticleModel article : SeedPages.ingest(Pipelines.shared(), file).articles()) {
				all++;
				if (article.corrected()) {
					corrected++;
					names.add(article.headline());
				}
			}
		}
		System.out.printf("%d of %d seed articles needed an editorial correction%n", corrected, all);
		assertThat(corrected).isEqualTo(
				SeedPages.files().stream().mapToInt(file -> SeedPages.corrections(file).articles().size()).sum());
		assertThat(all).isEqualTo(54);
		assertThat(names).hasSize(corrected);
	}

}
