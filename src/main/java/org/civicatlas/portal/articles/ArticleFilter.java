package org.civicatlas.portal.articles;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import org.civicatlas.portal.common.BrowseFilters;
import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.portal.common.TypeName;

/**
 * The checked filters of the articles list, each absent or a place or type that exists.
 * An article has a type when one of its published programs has a subtype of that type; a
 * year is the year of the issue the article was printed in (an article whose issue date
 * is unknown has none). An author is one of the article's bylines, exactly as printed
 * (author pages; the GIN index of V65 serves it).
 */
record ArticleFilter(PlaceName place, TypeName type, Integer year, String author) {

	/** The articles of one reporter, in the order of the list (an author page). */
	static ArticleFilter byAuthor(String author) {
		return new ArticleFilter(null, null, null, author);
	}

	String sql() {
		StringJoiner sql = new StringJoiner(" ");
		if (place != null) {
			sql.add("and " + BrowseFilters.articleIn(place));
		}
		if (type != null) {
			sql.add("""
					and exists (select 1 from article_program ap
					              join program pr on pr.id = ap.program_id and pr.status = 'PUBLISHED'
					              join program_subtype_link l on l.program_id = pr.id
					              join program_subtype s on s.key = l.subtype_key
					             where ap.article_id = a.id and s.type_key = :type)""");
		}
		if (year != null) {
			sql.add("and p.issue_date >= make_date(:year, 1, 1) and p.issue_date < make_date(:year + 1, 1, 1)");
		}
		if (author != null) {
			sql.add("and a.bylines @> array[cast(:author as text)]");
		}
		return sql.toString();
	}

	Map<String, Object> sqlParams() {
		Map<String, Object> params = new LinkedHashMap<>();
		if (place != null) {
			params.put("place", place.code());
		}
		if (type != null) {
			params.put("type", type.key());
		}
		if (year != null) {
			params.put("year", year);
		}
		if (author != null) {
			params.put("author", author);
		}
		return params;
	}

	/** The filters as URL parameters, for the pager. */
	Map<String, String> params() {
		Map<String, String> params = new LinkedHashMap<>();
		if (place != null) {
			params.put("place", place.code());
		}
		if (type != null) {
			params.put("type", type.key());
		}
		if (year != null) {
			params.put("year", String.valueOf(year));
		}
		return params;
	}

}
