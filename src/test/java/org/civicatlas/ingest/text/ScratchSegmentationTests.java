package org.civicatlas.ingest.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ScratchSegmentationTests {

	@Test
	void compare() throws Exception {
		ObjectMapper json = new ObjectMapper();
		for (Path gold : Files.list(Path.of("src/test/resources/annotation")).filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
			JsonNode g = json.readTree(gold.toFile());
			String file = g.get("file").asString();
			String text = Files.readString(Path.of("seeds", file));
			Path cf = Path.of("seeds/corrections", file);
			Corrections corr = Files.exists(cf) ? CorrectionsParser.parse(Files.readString(cf), text) : Corrections.NONE;
			PageLines page = PageLines.of(text, corr.splits());
			var kinds = LineClassifier.classify(page);
			List<String> corpus = new ArrayList<>();
			for (Path seed : Files.list(Path.of("seeds")).filter(Files::isRegularFile).toList()) corpus.add(Files.readString(seed));
			var result = Segmenter.segment(page, kinds, corr, new Continuity(corpus));
			var result0 = result;
			Map<String, List<String>> mine = new LinkedHashMap<>();
			for (ArticleLayout a : result.articles()) {
				mine.put(a.lines().get(0).toString(), a.lines().stream().map(LineRef::toString).toList());
			}
			System.out.println("=== " + file + " heuristic articles " + result.articles().size() + " noise " + result.noise() + " unassigned " + result.unassigned());
			for (JsonNode art : g.get("articles")) {
				if (art.get("headline").isNull()) continue;
				List<String> lines = new ArrayList<>();
				art.get("lines").forEach(l -> lines.add(l.asString()));
				List<String> m = mine.get(lines.get(0));
				boolean same = lines.equals(m);
				System.out.println((same ? "OK   " : "DIFF ") + art.get("headline").asString() + " gold=" + lines + (same ? "" : " mine=" + m));
			}

		}
	}

}
