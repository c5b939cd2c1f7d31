package org.civicatlas.ingest.program;

import java.util.List;
import java.util.function.Function;

import org.civicatlas.ingest.PlaceMatch;

/**
 * Where a program runs. The sentence that first names it is the best witness (北海街道新乡贤联谊会
 * … 成立 … 工作室 names 北海街道), and of it the clause that names it, when a sentence runs
 * through several townships; an article about a single township vouches for the rest; a
 * program neither places in a township runs district-wide. City and district come from
 * the sentence when it names them, else from the article. The village is the article's
 * village that the sentence names first, if any.
 */
final class ProgramPlaces {

	/** Where a program runs, by code; {@code townshipCode} null means district-wide. */
	record Place(String cityCode, String districtCode, String townshipCode, String villageName) {
	}

	private final Function<String, PlaceMatch> placesIn;

	ProgramPlaces(Function<String, PlaceMatch> placesIn) {
		this.placesIn = placesIn;
	}

	Place locate(PlaceMatch article, String clause, String sentence) {
		PlaceMatch inSentence = match(sentence);
		String township = township(article, match(clause));
		if (township == null) {
			township = township(article, inSentence);
		}
		if (township == null && article.townshipCodes().size() == 1) {
			township = article.townshipCodes().get(0);
		}
		String district = inSentence.districtCode() != null ? inSentence.districtCode() : article.districtCode();
		String city = inSentence.cityCode() != null ? inSentence.cityCode() : article.cityCode();
		return new Place(city, district, township, village(article, sentence));
	}

	private static String township(PlaceMatch article, PlaceMatch inSentence) {
		List<String> named = inSentence.townshipCodes();
		// of several townships in the sentence, one the article is about comes first
		for (String code : named) {
			if (article.townshipCodes().contains(code)) {
				return code;
			}
		}
		return named.isEmpty() ? null : named.get(0);
	}

	private PlaceMatch match(String text) {
		PlaceMatch match = placesIn.apply(text);
		return match == null ? PlaceMatch.none() : match;
	}

	private static String village(PlaceMatch article, String sentence) {
		String first = null;
		int at = Integer.MAX_VALUE;
		for (PlaceMatch.VillageRef village : article.villages()) {
			int index = village.name() == null ? -1 : sentence.indexOf(village.name());
			if (index >= 0 && index < at) {
				first = village.name();
				at = index;
			}
		}
		return first;
	}

}
