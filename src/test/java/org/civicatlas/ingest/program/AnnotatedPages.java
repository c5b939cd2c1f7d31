package org.civicatlas.ingest.program;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.civicatlas.ingest.ArticleText;
import org.civicatlas.ingest.text.Bylines;
import org.civicatlas.ingest.text.LineRef;
import org.civicatlas.ingest.text.PageLines;
import org.civicatlas.ingest.text.Sentences;
import org.civicatlas.ingest.text.TextCleaner;

/**
 * The seed pages as the hand annotation reads them: each annotated article's lines joined
 * in reading order (headline and byline lines left out, a paragraph ending where a line
 * ends a sentence), with its annotated places resolved to gazetteer codes through
 * {@link FakePlaces}.
 */
final class AnnotatedPages {

	record Page(String file, List<ArticleText> articles, FakePlaces places) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private AnnotatedPages() {
	}

	static List<Page> all() {
		try (Stream<Path> files = Files.list(resource("annotation"))) {
			List<Path> annotations = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
			List<Page> pages = new ArrayList<>();
			for (Path annotation : annotations) {
				pages.add(page(JSON.readTree(Files.readString(annotation))));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Page page(JsonNode annotation) throws IOException {
		String file = annotation.get("file").asString();
		Map<Integer, Integer> splits = new HashMap<>();
		annotation.get("splitLines").forEach(s -> splits.put(s.get("line").asInt(), s.get("columns").asInt()));
		PageLines lines = PageLines.of(Files.readString(resource("seeds/" + file)), splits);
		FakePlaces places = places(annotation);
		List<ArticleText> articles = new ArrayList<>();
		for (JsonNode article : annotation.get("articles")) {
			articles.add(new ArticleText(articles.size(), article.get("headline").asString(),
					paragraphs(article, lines), places.of(text(article.get("city")), text(article.get("district")),
							strings(article.get("townships")), strings(article.get("villages")))));
		}
		return new Page(file, articles, places);
	}

	private static List<String> paragraphs(JsonNode article, PageLines lines) {
		String heading = TextCleaner
			.body(article.get("headline").asString() + Objects.toString(text(article.get("subhead")), ""));
		String bylines = String.join("", strings(article.get("bylines")));
		List<String> paragraphs = new ArrayList<>();
		StringBuilder paragraph = new StringBuilder();
		boolean inHeading = true;
		for (String ref : strings(article.get("lines"))) {
			String line = TextCleaner.body(lines.text(LineRef.parse(ref)));
			inHeading = inHeading && heading.contains(line);
			if (inHeading || !bylines.isEmpty() && line.equals(bylines)) {
				continue;
			}
			line = Bylines.parseTrailing(line).map(Bylines.Trailing::text).orElse(line);
			paragraph.append(line);
			if (Sentences.endsSentence(paragraph.toString())) {
				paragraphs.add(paragraph.toString());
				paragraph.setLength(0);
			}
		}
		if (!paragraph.isEmpty()) {
			paragraphs.add(paragraph.toString());
		}
		return paragraphs.stream().filter(p -> !p.isBlank()).toList();
	}

	/** The annotated places of the page, with their gazetteer codes. */
	private static FakePlaces places(JsonNode annotation) throws IOException {
		Map<String, String> cities = codes("db/gazetteer/cities.csv", null);
		Map<String, String> districts = codes("db/gazetteer/districts.csv", "city_code");
		Map<String, String> townships = codes("db/gazetteer/townships.csv", "district_code");
		FakePlaces places = new FakePlaces();
		for (JsonNode article : annotation.get("articles")) {
			String city = text(article.get("city"));
			String district = text(article.get("district"));
			if (city == null || !cities.containsKey(city)) {
				continue;
			}
			places.city(city, cities.get(city));
			String districtCode = districts.get(cities.get(city) + "/" + district);
			if (districtCode == null) {
				continue;
			}
			places.district(district, districtCode, cities.get(city));
			for (String township : strings(article.get("townships"))) {
				String code = townships.get(districtCode + "/" + township);
				if (code != null) {
					places.township(township, code, districtCode);
				}
			}
			strings(article.get("villages")).forEach(places::village);
		}
		return places;
	}

	/** Codes by name, or by parent code and name ({@code 3306/越城区}). */
	private static Map<String, String> codes(String csv, String parentColumn) throws IOException {
		Map<String, String> codes = new HashMap<>();
		try (InputStream in = AnnotatedPages.class.getClassLoader().getResourceAsStream(csv)) {
			CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
			for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				String key = parentColumn == null ? row.get("name") : row.get(parentColumn) + "/" + row.get("name");
				codes.put(key, row.get("code"));
			}
		}
		return codes;
	}

	private static Path resource(String name) {
		URL url = AnnotatedPages.class.getClassLoader().getResource(name);
		if (url == null) {
			throw new IllegalStateException("Missing test resource " + name);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

	private static List<String> strings(JsonNode node) {
		List<String> values = new ArrayList<>();
		node.forEach(n -> values.add(n.asString()));
		return values;
	}

}
