package org.civicatlas.ingest;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline over all five seed pages against the hand annotation in
 * {@code src/test/resources/annotation/}: articles, bylines, districts, townships and
 * metrics, with precision and recall printed and held above a floor.
 */
class SeedAnnotationTests {

	private static final Map<String, Score> scores = new LinkedHashMap<>();

	private static Map<String, String> placeNames;

	@BeforeAll
	static void run() throws IOException {
		IngestPipeline pipeline = Pipelines.shared();
		placeNames = PlaceNames.load();
		ObjectMapper json = new ObjectMapper();
		for (String file : SeedPages.files()) {
			JsonNode gold = json
				.readTree(Path.of("src/test/resources/annotation", file.replace(".txt", ".json")).toFile());
			PageModel page = SeedPages.ingest(pipeline, file);
			compare(gold, page);
		}
		scores.forEach(
				(name, score) -> System.out.printf("%-10s precision %.3f recall %.3f (tp %d, found %d, annotated %d)%n",
						name, score.precision(), score.recall(), score.truePositives, score.found, score.expected));
	}

	private static void compare(JsonNode gold, PageModel page) {
		Map<String, ArticleModel> byHeadline = new LinkedHashMap<>();
		page.articles().forEach(a -> byHeadline.put(normal(a.headline()), a));
		List<JsonNode> annotated = new ArrayList<>();
		gold.get("articles").forEach(a -> {
			if (!a.get("headline").isNull()) {
				annotated.add(a);
			}
		});
		Score articles = score("articles");
		articles.found += page.articles().size();
		articles.expected += annotated.size();
		for (JsonNode expected : annotated) {
			ArticleModel actual = byHeadline.get(normal(expected.get("headline").asString()));
			if (actual == null) {
				score("bylines").expected += expected.get("bylines").size();
				score("metrics").expected += expected.get("metrics").size();
				continue;
			}
			List<Integer> lines = new ArrayList<>();
			expected.get("lines").forEach(l -> lines.add(Integer.parseInt(l.asString().split("\\.")[0])));
			if (actual.sourceLines().equals(lines.stream().distinct().toList())) {
				articles.truePositives++;
			}
			compareSets(score("bylines"), strings(expected.get("bylines")), Set.copyOf(actual.bylines()));
			compareSets(score("districts"), optional(expected.get("district")),
					optional(placeNames.get(actual.places().districtCode())));
			Set<String> townships = new HashSet<>();
			actual.places().townshipCodes().forEach(code -> townships.add(placeNames.get(code)));
			compareSets(score("townships"), strings(expected.get("townships")), townships);
			compareSets(score("metrics"), metrics(expected.get("metrics")), metrics(actual.metrics()));
		}
	}

	private static Set<String> metrics(JsonNode metrics) {
		Set<String> keys = new HashSet<>();
		metrics.forEach(m -> keys.add(m.get("line").asInt() + ":"
				+ new BigDecimal(m.get("value").asString()).stripTrailingZeros().toPlainString() + ":"
				+ m.get("unit").asString()));
		return keys;
	}

	private static Set<String> metrics(List<MetricModel> metrics) {
		Set<String> keys = new HashSet<>();
		metrics.forEach(m -> keys.add(m.sourceLine() + ":"
				+ (m.value() == null ? "null" : m.value().stripTrailingZeros().toPlainString()) + ":" + m.unit()));
		return keys;
	}

	private static void compareSets(Score score, Set<String> expected, Set<String> actual) {
		score.expected += expected.size();
		score.found += actual.size();
		score.truePositives += (int) actual.stream().filter(expected::contains).count();
	}

	private static Set<String> strings(JsonNode array) {
		Set<String> values = new HashSet<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

	private static Set<String> optional(JsonNode value) {
		return value == null || value.isNull() ? Set.of() : Set.of(value.asString());
	}

	private static Set<String> optional(String value) {
		return value == null ? Set.of() : Set.of(value);
	}

	private static String normal(String headline) {
		return headline.replaceAll("\\s+", "");
	}

	private static Score score(String name) {
		return scores.computeIfAbsent(name, n -> new Score());
	}

	static final class Score {

		int truePositives;

		int found;

		int expected;

		double precision() {
			return found == 0 ? 0 : (double) truePositives / found;
		}

		double recall() {
			return expected == 0 ? 0 : (double) truePositives / expected;
		}

	}

	@Test
	void everyAnnotatedArticleIsFoundWithItsLinesInReadingOrder() {
		assertThat(scores.get("articles").recall()).isEqualTo(1.0);
		assertThat(scores.get("articles").precision()).isEqualTo(1.0);
	}

	@Test
	void bylinesAreFound() {
		assertThat(scores.get("bylines").precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(scores.get("bylines").recall()).isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void districtsAreRecognised() {
		assertThat(scores.get("districts").precision()).isGreaterThanOrEqualTo(0.85);
		assertThat(scores.get("districts").recall()).isGreaterThanOrEqualTo(0.85);
	}

	@Test
	void townshipsAreRecognised() {
		assertThat(scores.get("townships").precision()).isGreaterThanOrEqualTo(0.8);
		assertThat(scores.get("townships").recall()).isGreaterThanOrEqualTo(0.7);
	}

	@Test
	void metricsAreExtracted() {
		assertThat(scores.get("metrics").precision()).isGreaterThanOrEqualTo(0.7);
		assertThat(scores.get("metrics").recall()).isGreaterThanOrEqualTo(0.7);
	}

}
