package org.civicatlas.ingest.review;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.Paged;
import org.civicatlas.ingest.LinePlaces.Place;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.PlainNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the review queue reads: the list of pages (one statement) and one page with its
 * lines and drafts (three).
 */
@Component
class ReviewQueries {

	/**
	 * @param unassigned the non-blank lines no article took
	 * @param reimportOffered whether a changed seed or pipeline left a re-import for an
	 * editor to look at
	 */
	record PageRow(long id, String fileName, String status, String uploaded, String uploadedBy, int articles,
			int undecided, int unassigned, boolean reimportOffered) {
	}

	/**
	 * @param places where each non-blank line went, read in the same statement
	 */
	record Page(long id, String fileName, String status, long version, String uploaded, String uploadedBy,
			String rawText, int lineCount, List<Place> places) {
	}

	record ProgramRef(long id, String name, String status) {
	}

	record Figure(long id, String label, String value, String valueMax, String unit, Integer sourceLine,
			boolean verified) {
	}

	/**
	 * A draft article of the page; rejected drafts are hidden, accepted ones have a
	 * review row.
	 */
	record Draft(long id, int position, String headline, String status, long version, boolean accepted,
			List<Integer> sourceLines, String place, List<ProgramRef> programs, List<Figure> figures) {

		public String label() {
			return "A" + (position + 1);
		}

		public String decision() {
			return "HIDDEN".equals(status) ? "rejected"
					: accepted ? "accepted" : "DRAFT".equals(status) ? "pending" : "published";
		}

	}

	private static final String LIST = """
			select p.id, p.file_name, p.status, u.username,
			       to_char(p.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as uploaded,
			       (select count(*) from article a where a.source_page_id = p.id) as articles,
			       (select count(*) from article a where a.source_page_id = p.id and a.status = 'DRAFT'
			           and not exists (select 1 from article_review r where r.article_id = a.id)) as undecided,
			       (select count(*) from page_line l where l.source_page_id = p.id and l.role = 'UNASSIGNED') as unassigned,
			       exists (select 1 from page_import i where i.source_page_id = p.id and i.offered_hash is not null)
			           as reimport_offered,
			       count(*) over () as total
			  from source_page p
			  left join app_user u on u.id = p.uploaded_by
			 order by p.status = 'REVIEW' desc, p.created_at desc, p.id desc
			 limit :limit offset :offset
			""";

	private static final String PAGE = """
			select p.id, p.file_name, p.status, p.version, p.raw_text, p.line_count, u.username,
			       to_char(p.created_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as uploaded,
			       (select string_agg(concat_ws(' ', l.line, coalesce(l.article_id::text, '-'), l.role, l.position), E'\n'
			                          order by l.line, l.id)
			          from page_line l where l.source_page_id = p.id) as places
			  from source_page p left join app_user u on u.id = p.uploaded_by
			 where p.id = :id
			""";

	private static final String ARTICLES = """
			select a.id, a.position, a.headline, a.status, a.version, a.source_lines,
			       exists (select 1 from article_review r where r.article_id = a.id) as accepted,
			       concat_ws(' ', c.name, d.name,
			                 (select string_agg(t.name, ' ' order by t.code) from article_township x
			                    join township t on t.code = x.township_code where x.article_id = a.id)) as place,
			       array(select pr.id from review_article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id order by pr.id) as program_ids,
			       array(select pr.name from review_article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id order by pr.id) as program_names,
			       array(select pr.status from review_article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id order by pr.id) as program_statuses
			  from article a
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 where a.source_page_id = :page
			 order by a.position
			""";

	private static final String FIGURES = """
			select m.id, m.article_id, m.label, m.value, m.value_max, m.unit, m.source_line, m.quote_verified
			  from metric m join article a on a.id = m.article_id
			 where a.source_page_id = :page
			 order by m.article_id, m.position, m.id
			""";

	private final JdbcClient jdbc;

	ReviewQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<PageRow> pages(int page) {
		return Paged.query(jdbc.sql(LIST), page, Paged.SIZE,
				(rs, n) -> new PageRow(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
						rs.getString("uploaded"), rs.getString("username"), rs.getInt("articles"),
						rs.getInt("undecided"), rs.getInt("unassigned"), rs.getBoolean("reimport_offered")));
	}

	Page page(long id) {
		return jdbc.sql(PAGE)
			.param("id", id)
			.query((rs, n) -> new Page(rs.getLong("id"), rs.getString("file_name"), rs.getString("status"),
					rs.getLong("version"), rs.getString("uploaded"), rs.getString("username"), rs.getString("raw_text"),
					rs.getInt("line_count"),
					PlaceStore.parse(rs.getString("places") == null ? "" : rs.getString("places"))))
			.optional()
			.orElseThrow(() -> new NotFoundException("Page " + id));
	}

	List<Draft> drafts(long pageId) {
		Map<Long, List<Figure>> figures = new LinkedHashMap<>();
		jdbc.sql(FIGURES).param("page", pageId).query((rs, n) -> {
			figures.computeIfAbsent(rs.getLong("article_id"), id -> new ArrayList<>())
				.add(new Figure(rs.getLong("id"), rs.getString("label"), PlainNumbers.text(rs.getBigDecimal("value")),
						PlainNumbers.text(rs.getBigDecimal("value_max")), rs.getString("unit"),
						rs.getObject("source_line", Integer.class), rs.getBoolean("quote_verified")));
			return null;
		}).list();
		return jdbc.sql(ARTICLES)
			.param("page", pageId)
			.query((rs, n) -> draft(rs, figures.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static Draft draft(ResultSet rs, List<Figure> figures) throws SQLException {
		List<Object> ids = objects(rs.getArray("program_ids"));
		List<Object> names = objects(rs.getArray("program_names"));
		List<Object> statuses = objects(rs.getArray("program_statuses"));
		List<ProgramRef> programs = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			programs.add(
					new ProgramRef(((Number) ids.get(i)).longValue(), (String) names.get(i), (String) statuses.get(i)));
		}
		List<Integer> lines = objects(rs.getArray("source_lines")).stream().map(l -> ((Number) l).intValue()).toList();
		return new Draft(rs.getLong("id"), rs.getInt("position"), rs.getString("headline"), rs.getString("status"),
				rs.getLong("version"), rs.getBoolean("accepted"), lines, rs.getString("place"), programs, figures);
	}

	private static List<Object> objects(Array array) throws SQLException {
		return Arrays.asList((Object[]) array.getArray());
	}

}
