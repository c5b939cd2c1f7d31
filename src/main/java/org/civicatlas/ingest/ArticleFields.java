package org.civicatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields of an article a re-import compares: the text an editor can correct in the
 * article form and where it is about (city, district and townships together, as the form
 * checks them together).
 */
public record ArticleFields(String headline, String subhead, List<String> bylines, String body, List<String> captions,
		String cityCode, String districtCode, List<String> townshipCodes) {

	public enum Field {

		HEADLINE, SUBHEAD, BYLINES, BODY, CAPTIONS, PLACES

	}

	public ArticleFields {
		bylines = List.copyOf(bylines);
		captions = List.copyOf(captions);
		townshipCodes = townshipCodes.stream().sorted().toList();
	}

	static ArticleFields of(ArticleModel article) {
		PlaceMatch places = article.places();
		return new ArticleFields(article.headline(), article.subhead(), article.bylines(), article.body(),
				article.captions(), places.cityCode(), places.districtCode(), places.townshipCodes());
	}

	/** The field as one comparable value. */
	Object value(Field field) {
		return switch (field) {
			case HEADLINE -> headline;
			case SUBHEAD -> subhead;
			case BYLINES -> bylines;
			case BODY -> body;
			case CAPTIONS -> captions;
			case PLACES -> places();
		};
	}

	private List<String> places() {
		List<String> places = new ArrayList<>();
		places.add(cityCode);
		places.add(districtCode);
		places.addAll(townshipCodes);
		return places;
	}

	/** The field as an editor reads it in the comparison (places by code). */
	public String display(Field field) {
		return switch (field) {
			case HEADLINE -> Objects.toString(headline, "");
			case SUBHEAD -> Objects.toString(subhead, "");
			case BYLINES -> String.join(" ", bylines);
			case BODY -> Objects.toString(body, "");
			case CAPTIONS -> String.join("\n", captions);
			case PLACES -> String.join(" ", places().stream().filter(Objects::nonNull).toList());
		};
	}

	boolean same(ArticleFields other, Field field) {
		return Objects.equals(value(field), other.value(field));
	}

}
