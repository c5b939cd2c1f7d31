package org.civicatlas.portal.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;

/**
 * What the finder should answer, asked of the database in plain SQL written independently
 * of the finder's own (a place by the prefix of the program's most precise code, the text
 * over the joined name, aliases and description).
 */
record ExpectedPrograms(JdbcClient jdbc) {

	static final String TYPE = """
			exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
			         where l.program_id = p.id and s.type_key in (:types))""";

	static final String SUBTYPE = """
			exists (select 1 from program_subtype_link l
			         where l.program_id = p.id and l.subtype_key in (:subtypes))""";

	static final String PLACE = """
			left(coalesce(p.township_code, p.district_code, p.city_code), length(:place)) = :place""";

	static final String METRICS = """
			exists (select 1 from metric m join article a on a.id = m.article_id
			         where m.program_id = p.id and a.status = 'PUBLISHED')""";

	static final String TEXT = """
			position(lower(:q) in lower(p.name || ' ' || array_to_string(p.aliases, ' ') || ' '
			                             || coalesce(p.description, ''))) > 0""";

	private static final String ARTICLES = """
			(select count(*) from article_program ap join article a on a.id = ap.article_id
			  where ap.program_id = p.id and a.status = 'PUBLISHED')""";

	private static final String FIGURES = """
			(select count(*) from metric m join article a on a.id = m.article_id
			  where m.program_id = p.id and a.status = 'PUBLISHED')""";

	/** How many published programs meet the condition. */
	long count(String condition, Map<String, ?> params) {
		return jdbc
			.sql("select count(*) from program p where p.status = 'PUBLISHED' and p.merged_into is null and "
					+ condition)
			.params(params)
			.query(Long.class)
			.single();
	}

	/** How many published programs meet the filters of a finder URL's parameters. */
	long count(MultiValueMap<String, String> query) {
		List<String> conditions = new ArrayList<>(List.of("true"));
		Map<String, Object> params = new HashMap<>();
		if (query.containsKey("type")) {
			conditions.add(TYPE);
			params.put("types", query.get("type"));
		}
		if (query.containsKey("subtype")) {
			conditions.add(SUBTYPE);
			params.put("subtypes", query.get("subtype"));
		}
		if (query.containsKey("place")) {
			conditions.add(PLACE);
			params.put("place", query.getFirst("place"));
		}
		if (query.containsKey("metrics")) {
			conditions.add(METRICS);
		}
		if (query.containsKey("q")) {
			conditions.add(TEXT);
			params.put("q", query.getFirst("q"));
		}
		return count(String.join(" and ", conditions), params);
	}

	List<Long> articleCounts(List<Long> ids) {
		return inOrder(ARTICLES, Long.class, ids);
	}

	List<Long> figureCounts(List<Long> ids) {
		return inOrder(FIGURES, Long.class, ids);
	}

	/** The most precise place code of each program, '~' (after every digit) for none. */
	List<String> placeCodes(List<Long> ids) {
		return inOrder("coalesce(p.township_code, p.district_code, p.city_code, '~')", String.class, ids);
	}

	/** The ids in the order of their names by pinyin (ICU's Chinese collation). */
	List<Long> byPinyin(List<Long> ids) {
		return jdbc.sql("select id from program where id in (:ids) order by name collate \"zh-x-icu\", id")
			.param("ids", ids)
			.query(Long.class)
			.list();
	}

	private <T> List<T> inOrder(String column, Class<T> type, List<Long> ids) {
		return jdbc
			.sql("select " + column + " from program p where p.id in (:ids) "
					+ "order by array_position(cast(array[:ids] as bigint[]), p.id)")
			.param("ids", ids)
			.query(type)
			.list();
	}

}
