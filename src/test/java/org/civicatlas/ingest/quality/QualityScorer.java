package org.civicatlas.ingest.quality;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.ingest.ArticleModel;
import org.civicatlas.ingest.MetricModel;
import org.civicatlas.ingest.PageModel;

/**
 * Scores one page of the pipeline against its gold items. A pipeline article is the gold
 * item whose headline line it starts with; everything an unmatched article reports counts
 * as found (against precision), everything of an unmatched gold item as missed.
 */
final class QualityScorer {

	static final String ARTICLES = "articles exact";

	static final String SENTENCES = "body sentences";

	static final String BYLINES = "bylines";

	static final String DISTRICT = "district";

	static final String TOWNSHIPS = "townships";

	static final String FIGURES = "figures (core)";

	/**
	 * Found figures that match any annotated figure, core or not: the precision of
	 * {@link #FIGURES}.
	 */
	static final String FIGURES_ANNOTATED = "figures (any annotated)";

	static final String FIGURE_ARTICLE = "figures on right article";

	static final String FIGURE_PROGRAM = "figures on right program";

	/**
	 * Figures tied to some program, of those the pipeline found in articles that name one
	 * (issue 9 asks for 80 % on the seeds, whose annotation names no program per figure).
	 */
	static final String FIGURE_TIED = "figures tied to a program";

	private final Map<String, String> placeNames;

	/** Items not found exactly, and articles that match no item: what to look at next. */
	private final List<String> misses = new ArrayList<>();

	QualityScorer(Map<String, String> placeNames) {
		this.placeNames = placeNames;
	}

	void score(PageModel page, List<GoldArticle> gold, Scores scores) {
		Map<Integer, ArticleModel> byFirstLine = new HashMap<>();
		page.articles()
			.forEach(a -> byFirstLine.putIfAbsent(a.sourceLines().isEmpty() ? -1 : a.sourceLines().get(0), a));
		scores.count(ARTICLES).found += page.articles().size();
		Set<ArticleModel> matched = new HashSet<>();
		for (GoldArticle expected : gold) {
			ArticleModel actual = byFirstLine.get(expected.headlineLine());
			if (actual != null) {
				matched.add(actual);
			}
			article(expected, actual, scores);
		}
		page.articles().stream().filter(a -> !matched.contains(a)).forEach(a -> unmatched(a, scores));
		figures(page, gold, scores);
		page.articles()
			.stream()
			.filter(a -> !a.programs().isEmpty())
			.flatMap(a -> a.metrics().stream())
			.forEach(m -> scores.count(FIGURE_TIED).add(m.programName() == null ? 0 : 1, 0, 1));
	}

	private void article(GoldArticle expected, ArticleModel actual, Scores scores) {
		scores.count(ARTICLES).expected++;
		if (actual == null) {
			misses.add(expected.page() + " " + expected.headline() + ": not found, expected " + expected.lines());
			scores.count(SENTENCES).expected += expected.sentences().size();
			sets(scores.count(BYLINES), expected.bylines(), Set.of());
			sets(scores.count(DISTRICT), optional(expected.district()), Set.of());
			sets(scores.count(TOWNSHIPS), expected.townships(), Set.of());
			return;
		}
		if (actual.sourceLines().equals(expected.lines())) {
			scores.count(ARTICLES).truePositives++;
		}
		else {
			misses.add(expected.page() + " " + expected.headline() + ": expected " + expected.lines() + ", got "
					+ actual.sourceLines());
		}
		List<String> sentences = GoldText.sentences(String.join("", actual.paragraphs()));
		scores.count(SENTENCES)
			.add(GoldText.shared(expected.sentences(), sentences), sentences.size(), expected.sentences().size());
		sets(scores.count(BYLINES), expected.bylines(), Set.copyOf(actual.bylines()));
		sets(scores.count(DISTRICT), optional(expected.district()), district(actual));
		sets(scores.count(TOWNSHIPS), expected.townships(), townships(actual));
		Map<String, MetricModel> own = new HashMap<>();
		actual.metrics().forEach(m -> own.putIfAbsent(key(m), m));
		for (GoldArticle.GoldFigure figure : expected.figures()) {
			if (!figure.core()) {
				continue;
			}
			MetricModel found = own.get(figure.key());
			scores.count(FIGURE_ARTICLE).add(found == null ? 0 : 1, 0, 1);
			if (found == null) {
				misses.add("figure not on its article " + expected.page() + " " + figure.key() + " " + figure.quote());
			}
			if (figure.program() != null) {
				boolean right = found != null
						&& GoldText.programName(figure.program()).equals(GoldText.programName(found.programName()));
				scores.count(FIGURE_PROGRAM).add(right ? 1 : 0, 0, 1);
				if (!right) {
					misses.add("figure on wrong program " + expected.page() + " " + figure.quote() + ": expected "
							+ figure.program() + ", got " + (found == null ? "-" : found.programName()));
				}
			}
		}
	}

	private void unmatched(ArticleModel actual, Scores scores) {
		misses.add("extra article " + actual.headline() + " " + actual.sourceLines());
		scores.count(SENTENCES).found += GoldText.sentences(String.join("", actual.paragraphs())).size();
		scores.count(BYLINES).found += actual.bylines().size();
		scores.count(DISTRICT).found += district(actual).size();
		scores.count(TOWNSHIPS).found += townships(actual).size();
	}

	/** What was not exact since the last call. */
	List<String> misses() {
		List<String> taken = List.copyOf(misses);
		misses.clear();
		return taken;
	}

	/**
	 * Page-wide: recall over the core figures, precision against every annotated figure;
	 * each false and each missed figure is listed.
	 */
	private void figures(PageModel page, List<GoldArticle> gold, Scores scores) {
		Set<String> core = new HashSet<>();
		Set<String> all = new HashSet<>();
		Map<String, String> quotes = new HashMap<>();
		gold.forEach(a -> a.figures().forEach(f -> {
			all.add(f.key());
			quotes.put(f.key(), f.quote());
			if (f.core()) {
				core.add(f.key());
			}
		}));
		Set<String> found = new HashSet<>();
		page.articles().forEach(a -> a.metrics().forEach(m -> {
			if (found.add(key(m)) && !all.contains(key(m))) {
				misses.add("false figure " + page.fileName() + " " + key(m) + " " + m.quote() + " [" + m.label() + "]");
			}
		}));
		core.stream()
			.filter(k -> !found.contains(k))
			.sorted()
			.forEach(k -> misses.add("missed figure " + page.fileName() + " " + k + " " + quotes.get(k)));
		Scores.Count count = scores.count(FIGURES);
		count.found += found.size();
		count.expected += core.size();
		count.truePositives += (int) found.stream().filter(core::contains).count();
		scores.count(FIGURES_ANNOTATED).add((int) found.stream().filter(all::contains).count(), found.size(), 0);
	}

	private Set<String> district(ArticleModel actual) {
		return optional(placeNames.get(actual.places().districtCode()));
	}

	private Set<String> townships(ArticleModel actual) {
		Set<String> names = new HashSet<>();
		actual.places().townshipCodes().forEach(code -> names.add(placeNames.get(code)));
		return names;
	}

	private static String key(MetricModel metric) {
		return GoldText.figureKey(metric.sourceLine(), metric.value(), metric.unit());
	}

	private static void sets(Scores.Count count, Set<String> expected, Set<String> actual) {
		count.add((int) actual.stream().filter(expected::contains).count(), actual.size(), expected.size());
	}

	private static Set<String> optional(String value) {
		return value == null ? Set.of() : Set.of(value);
	}

}
