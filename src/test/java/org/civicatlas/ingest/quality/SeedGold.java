package org.civicatlas.ingest.quality;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.ingest.SeedPages;
import org.civicatlas.ingest.text.LineRef;
import org.civicatlas.ingest.text.PageLines;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The hand annotation of the seed pages ({@code src/test/resources/annotation/}, the one
 * {@code SeedAnnotationTests} uses) read into {@link GoldArticle}s. It lists each
 * article's lines but not which of them are headline or byline, so those are told apart
 * by their text: a headline line is part of the annotated headline, a byline line holds
 * only the annotated names, and an end credit {@code (周静 俞雯雯)} is taken off the last
 * line. Photo stories without headline are skipped.
 */
final class SeedGold {

	private static final Path DIR = Path.of("src/test/resources/annotation");

	private SeedGold() {
	}

	static Map<String, List<GoldArticle>> load() {
		Map<String, List<GoldArticle>> byPage = new LinkedHashMap<>();
		for (String page : SeedPages.files()) {
			JsonNode gold = read(page);
			Map<Integer, Integer> splits = new HashMap<>();
			gold.get("splitLines").forEach(s -> splits.put(s.get("line").asInt(), s.get("columns").asInt()));
			PageLines lines = PageLines.of(new String(SeedPages.bytes(page), StandardCharsets.UTF_8), splits);
			List<GoldArticle> articles = new ArrayList<>();
			for (JsonNode article : gold.get("articles")) {
				if (!article.get("headline").isNull()) {
					articles.add(article(page, article, lines));
				}
			}
			byPage.put(page, articles);
		}
		return byPage;
	}

	private static GoldArticle article(String page, JsonNode article, PageLines text) {
		String headline = GoldText.compact(article.get("headline").asString());
		String subhead = article.get("subhead").isNull() ? "" : GoldText.compact(article.get("subhead").asString());
		Set<String> bylines = DevSetGold.strings(article.get("bylines"));
		List<Integer> lines = new ArrayList<>();
		StringBuilder body = new StringBuilder();
		boolean inBody = false;
		for (JsonNode ref : article.get("lines")) {
			LineRef line = LineRef.parse(ref.asString());
			if (!lines.contains(line.line())) {
				lines.add(line.line());
			}
			String printed = GoldText.compact(text.text(line));
			boolean title = headline.contains(printed) || !subhead.isEmpty() && subhead.contains(printed);
			if (!inBody && title || namesOnly(printed, bylines)) {
				continue;
			}
			inBody = true;
			body.append(printed);
		}
		String bodyText = body.toString();
		int credit = bodyText.lastIndexOf('(');
		if (credit >= 0 && bodyText.endsWith(")")
				&& namesOnly(bodyText.substring(credit + 1, bodyText.length() - 1), bylines)) {
			bodyText = bodyText.substring(0, credit);
		}
		List<GoldArticle.GoldFigure> figures = new ArrayList<>();
		for (JsonNode m : article.get("metrics")) {
			figures.add(new GoldArticle.GoldFigure(
					GoldText.figureKey(m.get("line").asInt(), m.get("value").decimalValue(), m.get("unit").asString()),
					true, null, m.get("quote").asString()));
		}
		JsonNode district = article.get("district");
		return new GoldArticle(page, article.get("headline").asString(), lines.get(0), lines, bylines,
				GoldText.sentences(bodyText), district == null || district.isNull() ? null : district.asString(),
				DevSetGold.strings(article.get("townships")), figures);
	}

	/**
	 * Whether a piece of text is nothing but the given names (in any order, spaces
	 * already gone).
	 */
	private static boolean namesOnly(String text, Set<String> names) {
		if (names.isEmpty() || text.isEmpty()) {
			return false;
		}
		String rest = text;
		for (String name : names) {
			rest = rest.replace(name, "");
		}
		return rest.isEmpty();
	}

	private static JsonNode read(String page) {
		return new ObjectMapper().readTree(DIR.resolve(page.replace(".txt", ".json")).toFile());
	}

}
