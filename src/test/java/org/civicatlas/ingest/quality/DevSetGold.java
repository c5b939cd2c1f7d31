package org.civicatlas.ingest.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The development set ({@code src/test/resources/devset/}, a copy of
 * {@code shared/devset/}): its four pages and {@code gold.json}, read into
 * {@link GoldArticle}s. Package leads count as items (a headline and a lead paragraph);
 * photo-news items and captions belong to no article.
 */
final class DevSetGold {

	static final Path DIR = Path.of("src/test/resources/devset");

	private DevSetGold() {
	}

	static List<String> pages() {
		List<String> pages = new ArrayList<>();
		read().get("seeds").forEach(page -> pages.add(page.get("seed").asString()));
		return pages;
	}

	static byte[] bytes(String page) {
		try {
			return Files.readAllBytes(DIR.resolve("pages").resolve(page));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Gold items by page, in page order. */
	static Map<String, List<GoldArticle>> load() {
		Map<String, List<GoldArticle>> byPage = new LinkedHashMap<>();
		pages().forEach(page -> byPage.put(page, new ArrayList<>()));
		for (JsonNode item : read().get("articles")) {
			String page = item.get("seed").asString();
			List<String> lines = new String(bytes(page), StandardCharsets.UTF_8).lines().toList();
			byPage.get(page).add(article(page, item, lines));
		}
		return byPage;
	}

	private static GoldArticle article(String page, JsonNode item, List<String> text) {
		String style = item.get("byline_style").isNull() ? "" : item.get("byline_style").asString();
		List<Integer> body = ints(item.get("body_lines"));
		List<Integer> bylineLines = ints(item.get("byline_lines"));
		List<Integer> lines = new ArrayList<>();
		lines.add(item.get("headline_line").asInt());
		if (style.equals("line")) {
			lines.addAll(bylineLines);
		}
		lines.addAll(body);
		bylineLines.stream().filter(l -> !lines.contains(l)).forEach(lines::add);
		StringBuilder bodyText = new StringBuilder();
		for (int line : body) {
			String printed = text.get(line - 1);
			if (style.equals("inline") && line == body.get(0)) {
				printed = GoldText.compact(printed)
					.substring(GoldText.compact(item.get("byline_prefix").asString()).length());
			}
			if (style.equals("end") && bylineLines.contains(line)) {
				printed = GoldText.compact(printed).replace(GoldText.compact(item.get("byline_raw").asString()), "");
			}
			bodyText.append(printed);
		}
		List<GoldArticle.GoldFigure> figures = new ArrayList<>();
		for (JsonNode m : item.get("metrics")) {
			boolean core = !m.path("chinese_numeral").asBoolean(false) && !m.has("direction");
			figures.add(new GoldArticle.GoldFigure(
					GoldText.figureKey(m.get("line").asInt(),
							m.get("value").isNull() ? null : m.get("value").decimalValue(), m.get("unit").asString()),
					core, m.get("program").isNull() ? null : m.get("program").asString(), m.get("quote").asString()));
		}
		JsonNode district = item.get("district");
		return new GoldArticle(page, item.get("headline").asString(), item.get("headline_line").asInt(), lines,
				strings(item.get("bylines")), GoldText.sentences(bodyText.toString()),
				district.isNull() ? null : district.asString(), strings(item.get("townships")), figures);
	}

	private static JsonNode read() {
		return new ObjectMapper().readTree(DIR.resolve("gold.json").toFile());
	}

	private static List<Integer> ints(JsonNode array) {
		List<Integer> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asInt()));
		return values;
	}

	static Set<String> strings(JsonNode array) {
		Set<String> values = new HashSet<>();
		array.forEach(v -> values.add(v.asString()));
		return values;
	}

}
