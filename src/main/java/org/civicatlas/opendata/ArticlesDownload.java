package org.civicatlas.opendata;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.Cursors;

import org.civicatlas.system.IssueDate;
import org.civicatlas.system.Pinyin;

import org.springframework.stereotype.Component;

import static org.civicatlas.system.SqlArrays.ints;
import static org.civicatlas.system.SqlArrays.longs;
import static org.civicatlas.system.SqlArrays.strings;

/**
 * The rows of {@code /open-data/articles.json}: every published article, in one
 * statement.
 */
@Component
class ArticlesDownload {

	record Source(String file, List<Integer> lines) {
	}

	record ProgramRef(long id, String name) {
	}

	/**
	 * Where and when the page was printed; {@code date} is ISO 8601 at the known
	 * precision.
	 */
	record Publication(String newspaper, String date, String page) {
	}

	/** One article; the field names are the open-data contract. */
	record Article(long id, String headline, String subhead, List<String> bylines, Source source, boolean incomplete,
			String city, String district, List<String> townships, List<String> villages, List<String> types,
			List<ProgramRef> programs, String body, List<String> captions, Publication publication, String headlineEn,
			String headlinePinyin) {
	}

	private static final String SQL = """
			select a.id, a.headline, a.headline_en, a.subhead, a.bylines, p.file_name, a.source_lines, a.incomplete,
			       p.newspaper, p.issue_date, p.issue_date_precision, p.page_number,
			       c.name as city, d.name as district, a.body, a.captions,
			       array(select t.name from article_township at join township t on t.code = at.township_code
			              where at.article_id = a.id order by t.code) as townships,
			       array(select v.name from article_village v where v.article_id = a.id order by v.name) as villages,
			       array(select distinct s.type_key from article_program ap
			               join program pr on pr.id = ap.program_id and pr.status = 'PUBLISHED' and pr.merged_into is null
			               join program_subtype_link l on l.program_id = pr.id
			               join program_subtype s on s.key = l.subtype_key
			              where ap.article_id = a.id order by s.type_key) as types,
			       array(select pr.id from article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id and pr.status = 'PUBLISHED' and pr.merged_into is null order by pr.id) as program_ids,
			       array(select pr.name from article_program ap join program pr on pr.id = ap.program_id
			              where ap.article_id = a.id and pr.status = 'PUBLISHED' and pr.merged_into is null order by pr.id) as program_names
			  from article a
			  join source_page p on p.id = a.source_page_id
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			 where a.status = 'PUBLISHED'
			 order by a.id
			""";

	private final Cursors cursors;

	ArticlesDownload(Cursors cursors) {
		this.cursors = cursors;
	}

	/** Every row, in id order, from a cursor. */
	void each(Cursors.Sink<Article> sink) throws IOException {
		cursors.each(SQL, Map.of(), (rs, n) -> article(rs), sink);
	}

	private static Article article(ResultSet rs) throws SQLException {
		List<Long> ids = longs(rs.getArray("program_ids"));
		List<String> names = strings(rs.getArray("program_names"));
		List<ProgramRef> programs = new ArrayList<>();
		for (int i = 0; i < ids.size(); i++) {
			programs.add(new ProgramRef(ids.get(i), names.get(i)));
		}
		return new Article(rs.getLong("id"), rs.getString("headline"), rs.getString("subhead"),
				strings(rs.getArray("bylines")),
				new Source(rs.getString("file_name"), ints(rs.getArray("source_lines"))), rs.getBoolean("incomplete"),
				rs.getString("city"), rs.getString("district"), strings(rs.getArray("townships")),
				strings(rs.getArray("villages")), strings(rs.getArray("types")), programs, rs.getString("body"),
				strings(rs.getArray("captions")), publication(rs), rs.getString("headline_en"),
				Pinyin.spaced(rs.getString("headline")));
	}

	private static Publication publication(ResultSet rs) throws SQLException {
		IssueDate date = IssueDate.read(rs, "issue_date");
		return new Publication(rs.getString("newspaper"), date == null ? null : date.iso(),
				rs.getString("page_number"));
	}

}
