package org.civicatlas.article.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.editing.Choice;
import org.civicatlas.system.Paged;
import org.civicatlas.editing.PlaceChoices;
import org.civicatlas.editing.TextFields;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.civicatlas.system.SqlArrays.longs;
import static org.civicatlas.system.SqlArrays.strings;

/** What the article admin pages read, one statement per query. */
@Component
class ArticleAdminQueries {

	record Row(long id, String headline, PublicationStatus status, String pageFile, String place, int metrics,
			String updated) {
	}

	/** An article as its form shows it, with the page it came from. */
	record Edited(long id, ArticleForm form, long pageId, String pageFile, String pageStatus, int metrics) {
	}

	private static final String LIST = """
			select a.id, a.headline, a.status, p.file_name, coalesce(d.name, c.name) as place,
			       (select count(*) from metric m where m.article_id = a.id) as metrics,
			       to_char(a.updated_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as updated,
			       count(*) over () as total
			  from article a
			  join source_page p on p.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 where (:q = '' or strpos(lower(a.headline), lower(:q)) > 0)
			   and (:status = '' or a.status = :status)
			 order by a.id desc
			 limit :limit offset :offset
			""";

	private static final String PROGRAMS = """
			select p.id, p.name, coalesce(t.name, d.name, c.name) as place
			  from program p
			  left join city c on c.code = p.city_code
			  left join district d on d.code = p.district_code
			  left join township t on t.code = p.township_code
			""";

	private static final String EDITED = """
			select a.id, a.headline, a.headline_en, a.subhead, a.bylines, a.body, a.city_code, a.district_code, a.captions, a.status,
			       a.version, a.source_page_id, p.file_name, p.status as page_status,
			       array(select t.township_code from article_township t where t.article_id = a.id
			              order by t.township_code) as townships,
			       array(select ap.program_id from article_program ap where ap.article_id = a.id
			              order by ap.program_id) as programs,
			       (select count(*) from metric m where m.article_id = a.id) as metrics
			  from article a
			  join source_page p on p.id = a.source_page_id
			 where a.id = :id
			""";

	private final JdbcClient jdbc;

	ArticleAdminQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<Row> list(String query, PublicationStatus status, int page) {
		return Paged.query(
				jdbc.sql(LIST).param("q", query.strip()).param("status", status == null ? "" : status.name()), page,
				Paged.SIZE,
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("headline"),
						PublicationStatus.valueOf(rs.getString("status")), rs.getString("file_name"),
						rs.getString("place"), rs.getInt("metrics"), rs.getString("updated")));
	}

	Edited edited(long id) {
		return jdbc.sql(EDITED)
			.param("id", id)
			.query((rs, n) -> edited(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Article " + id));
	}

	/**
	 * The given programs as the picker shows them, in the given order; an unknown id is
	 * shown as it is.
	 */
	List<Choice> programs(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<String, Choice> found = new HashMap<>();
		jdbc.sql(PROGRAMS + " where p.id = any (:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> program(rs))
			.list()
			.forEach(choice -> found.put(choice.value(), choice));
		return ids.stream()
			.map(String::valueOf)
			.map(id -> found.getOrDefault(id, new Choice(id, "#" + id, null)))
			.toList();
	}

	/**
	 * Programs an article can describe (all but those merged into another) whose name,
	 * alias or place contains every word of the query, the given ones left out; none for
	 * an empty query.
	 */
	List<Choice> findPrograms(String query, List<Long> except) {
		List<String> words = TextFields.words(query);
		if (words.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PROGRAMS + """
				where p.merged_into is null and not p.id = any (:except)
				  and (select bool_and(strpos(lower(p.name || ' ' || array_to_string(p.aliases, ' ') || ' '
				              || coalesce(t.name, '') || coalesce(d.name, '') || coalesce(c.name, '')), lower(w)) > 0)
				         from unnest(cast(:words as text[])) w)
				order by p.name, p.id
				limit :limit""")
			.param("except", except.toArray(Long[]::new))
			.param("words", words.toArray(String[]::new))
			.param("limit", PlaceChoices.FOUND)
			.query((rs, n) -> program(rs))
			.list();
	}

	private static Choice program(ResultSet rs) throws SQLException {
		String place = rs.getString("place");
		return new Choice(rs.getString("id"), rs.getString("name"),
				"#" + rs.getLong("id") + (place == null ? "" : " · " + place));
	}

	private static Edited edited(ResultSet rs) throws SQLException {
		ArticleForm form = new ArticleForm(rs.getString("headline"), rs.getString("headline_en"),
				rs.getString("subhead"), TextFields.joinWords(strings(rs.getArray("bylines"))), rs.getString("body"),
				rs.getString("city_code"), rs.getString("district_code"),
				TextFields.joinWords(strings(rs.getArray("townships"))), longs(rs.getArray("programs")),
				TextFields.joinLines(strings(rs.getArray("captions"))),
				PublicationStatus.valueOf(rs.getString("status")), rs.getLong("version"));
		return new Edited(rs.getLong("id"), form, rs.getLong("source_page_id"), rs.getString("file_name"),
				rs.getString("page_status"), rs.getInt("metrics"));
	}

}
