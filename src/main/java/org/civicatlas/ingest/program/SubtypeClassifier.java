package org.civicatlas.ingest.program;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns subtypes from the taxonomy's cue words. A cue in the program's name is strong
 * evidence, more so at its end, where a Chinese compound puts its head (新乡贤企业<b>共富工坊</b>
 * is a workshop before it is a sages' program); a cue in its description is medium; cues
 * of its articles are weak. Description and article cues are capped, so that a long
 * article about sages does not turn each of its programs into a sages' program.
 *
 * <p>
 * The best score gives the primary subtype. The runner-up becomes a secondary subtype
 * when it scores at least {@link #SECONDARY_SHARE} of the primary and has a cue in the
 * name or description (article words alone never add one): a 乡贤调解工作室 is both a sages' and
 * a mediation program. Ties go to the subtype listed first in the taxonomy.
 */
final class SubtypeClassifier {

	static final double NAME_WEIGHT = 6;

	static final double HEAD_BONUS = 6;

	static final double DESCRIPTION_WEIGHT = 2;

	static final double ARTICLE_WEIGHT = 0.5;

	static final int DESCRIPTION_CAP = 3;

	static final int ARTICLE_CAP = 6;

	static final double SECONDARY_SHARE = 0.7;

	private final Taxonomy taxonomy;

	private final Map<String, CueIndex> cues = new HashMap<>();

	SubtypeClassifier(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		taxonomy.subtypes().forEach(subtype -> cues.put(subtype.key(), new CueIndex(subtype.cues())));
	}

	private record Score(Taxonomy.Subtype subtype, double value, boolean close) {
	}

	/**
	 * The primary subtype key and perhaps a secondary one; empty when no cue matches at
	 * all.
	 */
	List<String> classify(String name, String description, String articleText) {
		List<Score> scores = new ArrayList<>();
		for (Taxonomy.Subtype subtype : taxonomy.subtypes()) {
			CueIndex index = cues.get(subtype.key());
			int inName = index.hits(name);
			int inDescription = index.hits(description);
			int inArticle = index.hits(articleText);
			double value = inName * NAME_WEIGHT + (endsWithCue(name, subtype.cues()) ? HEAD_BONUS : 0)
					+ Math.min(inDescription, DESCRIPTION_CAP) * DESCRIPTION_WEIGHT
					+ Math.min(inArticle, ARTICLE_CAP) * ARTICLE_WEIGHT;
			if (value > 0) {
				scores.add(new Score(subtype, value, inName + inDescription > 0));
			}
		}
		scores.sort(Comparator.comparingDouble(Score::value).reversed().thenComparingInt(s -> s.subtype().position()));
		List<String> keys = new ArrayList<>();
		if (scores.isEmpty()) {
			return keys;
		}
		keys.add(scores.get(0).subtype().key());
		if (scores.size() > 1 && scores.get(1).close()
				&& scores.get(1).value() >= SECONDARY_SHARE * scores.get(0).value()) {
			keys.add(scores.get(1).subtype().key());
		}
		return keys;
	}

	String first() {
		return taxonomy.subtypes().get(0).key();
	}

	/** The subtype whose cues the text uses most, or null when it uses none. */
	String dominant(String text) {
		Taxonomy.Subtype best = null;
		int bestHits = 0;
		for (Taxonomy.Subtype subtype : taxonomy.subtypes()) {
			int hits = cues.get(subtype.key()).hits(text);
			if (hits > bestHits) {
				best = subtype;
				bestHits = hits;
			}
		}
		return best == null ? null : best.key();
	}

	/**
	 * Whether a cue is the name's head. A cue that is a bare two-character program word
	 * (平台, 热线) tells the form of the program, not its field, so it earns no bonus; 共富工坊
	 * tells both.
	 */
	private static boolean endsWithCue(String name, List<String> cues) {
		return cues.stream()
			.anyMatch(cue -> name.endsWith(cue) && !(cue.length() == 2 && NameWords.PROGRAM_WORDS.contains(cue)));
	}

}
