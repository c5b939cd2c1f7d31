package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.civicatlas.ingest.ArticleText;
import org.civicatlas.ingest.PlaceMatch;
import org.civicatlas.ingest.ProgramModel;

/**
 * Finds the programs the articles of one page describe: named initiatives, platforms,
 * brands, funds, workshops, mechanisms and campaigns. Names are found in quotation marks
 * ({@link QuotedNames}) and before a program word ({@link SuffixNames}), merged across
 * spellings and articles ({@link MentionGroups}), then each program is described, placed
 * and classified from the sentence that first names it. Headlines are not searched for
 * names, they only restate the body in fewer words, but count as article text for
 * classification. The output follows the order in which the page first names the
 * programs; the same input always gives the same output.
 */
public final class ProgramExtractor {

	private final ProgramPlaces places;

	private final SubtypeClassifier classifier;

	private final Brands brands = Brands.load();

	/**
	 * @param placesIn the places named in a piece of text (the pipeline passes its
	 * gazetteer-driven place matcher)
	 */
	public ProgramExtractor(Function<String, PlaceMatch> placesIn) {
		this(placesIn, Taxonomy.load());
	}

	ProgramExtractor(Function<String, PlaceMatch> placesIn, Taxonomy taxonomy) {
		this.places = new ProgramPlaces(Objects.requireNonNull(placesIn, "placesIn"));
		this.classifier = new SubtypeClassifier(taxonomy);
	}

	/** The programs of all articles of one page, in order of first mention. */
	public List<ProgramModel> extract(List<ArticleText> articles) {
		List<Mention> mentions = new ArrayList<>();
		for (int a = 0; a < articles.size(); a++) {
			List<String> paragraphs = articles.get(a).paragraphs();
			for (int p = 0; p < paragraphs.size(); p++) {
				List<Mention> quoted = LaunchedIn.mark(paragraphs.get(p),
						ReferredKinds.extend(paragraphs, p, QuotedNames.find(paragraphs.get(p), a, p)));
				List<Mention> counted = CountedNames.find(paragraphs, p, quoted, a);
				quoted.removeIf(m -> counted.stream().anyMatch(c -> c.start() == m.start()));
				quoted.addAll(counted);
				List<Mention> found = new ArrayList<>(quoted);
				found.addAll(SuffixNames.find(paragraphs.get(p), quoted, a, p));
				found.sort((x, y) -> Integer.compare(x.start(), y.start()));
				mentions.addAll(found);
			}
		}
		List<MentionGroups.Group> groups = MentionGroups.of(mentions, a -> placesOf(articles.get(a)).districtCode());
		String pageText = String.join("\n", articles.stream().map(ProgramExtractor::text).toList());
		String pageDominant = classifier.dominant(pageText);
		List<ProgramModel> programs = new ArrayList<>();
		for (MentionGroups.Group group : groups) {
			// a provincial or national brand is the frame of the local work, not a local
			// program
			boolean brand = brands.isBrand(group.name()) || group.aliases().stream().anyMatch(brands::isBrand);
			if (!brand) {
				programs.add(program(group, articles, pageDominant));
			}
		}
		return programs;
	}

	private ProgramModel program(MentionGroups.Group group, List<ArticleText> articles, String pageDominant) {
		Mention first = group.first();
		ArticleText article = articles.get(first.article());
		String paragraph = article.paragraphs().get(first.paragraph());
		SentenceSpans.Range sentence = SentenceSpans.sentenceAt(paragraph, first.start());
		String clause = SentenceSpans.clauseAt(paragraph, sentence, first.start()).of(paragraph);
		List<String> spellings = new ArrayList<>(group.aliases());
		spellings.add(group.name());
		String description = Descriptions.of(paragraph, first.start(), first.end(), spellings);
		ProgramPlaces.Place place = places.locate(placesOf(article), clause, sentence.of(paragraph));

		Set<Integer> positions = new LinkedHashSet<>();
		StringBuilder articleText = new StringBuilder();
		for (Mention mention : group.mentions()) {
			if (positions.add(articles.get(mention.article()).position())) {
				articleText.append(text(articles.get(mention.article()))).append('\n');
			}
		}
		// with no cue in its name or description a program takes its articles' dominant
		// subtype (their
		// cues still score); with none there either, the page's, and as a last resort the
		// taxonomy's
		// first, so that every program is filed where an editor will see it
		List<String> subtypes = classifier.classify(group.name(), description, articleText.toString());
		if (subtypes.isEmpty()) {
			subtypes = List.of(pageDominant != null ? pageDominant : classifier.first());
		}
		return new ProgramModel(group.name(), group.aliases(), subtypes, place.cityCode(), place.districtCode(),
				place.townshipCode(), place.villageName(), description, List.copyOf(positions));
	}

	private static PlaceMatch placesOf(ArticleText article) {
		return article.places() == null ? PlaceMatch.none() : article.places();
	}

	private static String text(ArticleText article) {
		String headline = article.headline() == null ? "" : article.headline();
		return headline + "\n" + String.join("\n", article.paragraphs());
	}

}
