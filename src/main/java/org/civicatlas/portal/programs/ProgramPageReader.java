package org.civicatlas.portal.programs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicatlas.portal.common.Localized;
import org.civicatlas.portal.common.MetricWording;
import org.civicatlas.portal.programs.ProgramPage.ArticleLink;
import org.civicatlas.portal.programs.ProgramPage.Classification;
import org.civicatlas.portal.programs.ProgramPage.Crumb;
import org.civicatlas.portal.programs.ProgramPage.Figure;
import org.civicatlas.portal.programs.ProgramPage.Related;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a program's page in five statements: the program (with the end of its merge
 * chain), the taxonomy's names, its figures, its articles and its related programs. Only
 * what published articles say is shown.
 */
@Service
class ProgramPageReader {

	/**
	 * Either the page or, for a program merged into another, the id of the program that
	 * survives.
	 */
	record Lookup(ProgramPage page, Long movedTo) {
	}

	private static final String PLACE_COLUMNS = """
			c.code as city_code, c.name as city, c.name_en as city_en,
			d.code as district_code, d.name as district, d.name_en as district_en,
			t.code as township_code, t.name as township, t.name_en as township_en""";

	private static final String PLACE_JOINS = """
			left join city c on c.code = p.city_code
			left join district d on d.code = p.district_code
			left join township t on t.code = p.township_code""";

	// The survivor follows merged_into to a program that is not merged itself (null for a
	// cycle).
	private static final String PROGRAM = """
			select p.id, p.name, p.name_en, p.aliases, p.description, p.status, p.merged_into, p.village_name, %s,
			       array(select l.subtype_key::text from program_subtype_link l
			              where l.program_id = p.id order by l.position) as subtypes,
			       (with recursive chain (id, next, depth) as (
			          select p.id, p.merged_into, 0
			          union all
			          select q.id, q.merged_into, chain.depth + 1 from chain join program q on q.id = chain.next
			           where chain.depth < 20)
			        select id from chain where next is null) as survivor
			  from program p
			%s
			 where p.id = :id
			""".formatted(PLACE_COLUMNS, PLACE_JOINS);

	private static final String METRICS = """
			select m.id, m.article_id, m.label, m.value, m.value_max, m.unit, m.approx, m.category, m.quote, m.source_line
			  from metric m join article a on a.id = m.article_id
			 where m.program_id = :id and a.status = 'PUBLISHED'
			 order by m.article_id, m.position, m.id
			""";

	private static final String ARTICLES = """
			select a.id, a.headline, a.headline_en from article_program ap join article a on a.id = ap.article_id
			 where ap.program_id = :id and a.status = 'PUBLISHED'
			 order by a.id
			""";

	/** How many related programs a page shows. */
	static final int RELATED = 6;

	// Programs sharing a subtype, then those in the same district, each found through an
	// index.
	// The first few of each kind (sharing a subtype and the district, a subtype only, the
	// district only) in id order, each read from an index in that order (V87) and
	// stopped at the limit: a subtype or a district holds thousands of programs at scale,
	// and the page shows six.
	private static final String RELATED_PROGRAMS = """
			with me as (select id, district_code from program where id = :id),
			mine as (select subtype_key from program_subtype_link where program_id = :id),
			candidates as (
			  select x.id from mine cross join lateral (
			      select l.program_id as id from program_subtype_link l
			        join program p on p.id = l.program_id and p.status = 'PUBLISHED' and p.merged_into is null
			        join me on p.district_code = me.district_code and p.id <> me.id
			       where l.subtype_key = mine.subtype_key order by l.program_id limit :limit) x
			  union
			  select x.id from mine cross join lateral (
			      select l.program_id as id from program_subtype_link l
			        join program p on p.id = l.program_id and p.status = 'PUBLISHED' and p.merged_into is null
			       where l.subtype_key = mine.subtype_key and l.program_id <> :id
			       order by l.program_id limit :limit) x
			  union
			  (select p.id from program p join me on p.district_code = me.district_code and p.id <> me.id
			    where p.status = 'PUBLISHED' and p.merged_into is null order by p.id limit :limit)
			), scored as (
			  select c.id,
			         exists (select 1 from program_subtype_link l join mine on mine.subtype_key = l.subtype_key
			                  where l.program_id = c.id) as same_subtype,
			         coalesce((select p.district_code = me.district_code from program p, me where p.id = c.id), false)
			           as same_district
			    from candidates c
			)
			select p.id, p.name, s.same_subtype, s.same_district, %s
			  from scored s join program p on p.id = s.id
			%s
			 order by (s.same_subtype and s.same_district) desc, s.same_subtype desc, p.id
			 limit :limit
			""".formatted(PLACE_COLUMNS, PLACE_JOINS);

	private final JdbcClient jdbc;

	private final TaxonomyReader taxonomy;

	private final MetricWording wording;

	ProgramPageReader(JdbcClient jdbc, TaxonomyReader taxonomy, MetricWording wording) {
		this.jdbc = jdbc;
		this.taxonomy = taxonomy;
		this.wording = wording;
	}

	/**
	 * @throws NotFoundException for an unknown id, a draft or a hidden program
	 */
	@Transactional(readOnly = true)
	Lookup read(long id, Locale locale) {
		Row program = jdbc.sql(PROGRAM).param("id", id).query((rs, n) -> row(rs, locale)).optional().orElse(null);
		if (program == null) {
			throw new NotFoundException("program " + id);
		}
		if (program.mergedInto() != null) {
			if (program.survivor() == null) {
				throw new NotFoundException("program " + id + " merged in a cycle");
			}
			return new Lookup(null, program.survivor());
		}
		if (!program.status().equals("PUBLISHED")) {
			throw new NotFoundException("program " + id);
		}
		Taxonomy types = taxonomy.read();
		List<Figure> metrics = jdbc.sql(METRICS).param("id", id).query((rs, n) -> figure(rs, locale)).list();
		List<ArticleLink> articles = jdbc.sql(ARTICLES)
			.param("id", id)
			.query((rs, n) -> new ArticleLink(rs.getLong("id"), rs.getString("headline"), rs.getString("headline_en")))
			.list();
		List<Related> related = jdbc.sql(RELATED_PROGRAMS)
			.param("id", id)
			.param("limit", RELATED)
			.query((rs, n) -> new Related(rs.getLong("id"), rs.getString("name"), Rows.placePath(rs, locale),
					rs.getBoolean("same_subtype"), rs.getBoolean("same_district")))
			.list();
		return new Lookup(new ProgramPage(id, program.name(), program.nameEn(), program.aliases(),
				program.description(), classifications(program.subtypes(), types, locale), program.crumbs(),
				program.village(), metrics, articles, related), null);
	}

	private record Row(String name, String nameEn, List<String> aliases, String description, String status,
			Long mergedInto, Long survivor, String village, List<Crumb> crumbs, List<String> subtypes) {
	}

	private static Row row(ResultSet rs, Locale locale) throws SQLException {
		List<Crumb> crumbs = new ArrayList<>();
		for (String level : new String[] { "city", "district", "township" }) {
			String code = rs.getString(level + "_code");
			if (code != null) {
				crumbs.add(new Crumb(Localized.name(rs.getString(level), rs.getString(level + "_en"), locale),
						"/places/" + code));
			}
		}
		return new Row(rs.getString("name"), rs.getString("name_en"), SqlArrays.strings(rs.getArray("aliases")),
				rs.getString("description"), rs.getString("status"), rs.getObject("merged_into", Long.class),
				rs.getObject("survivor", Long.class), rs.getString("village_name"), crumbs,
				SqlArrays.strings(rs.getArray("subtypes")));
	}

	private static List<Classification> classifications(List<String> subtypes, Taxonomy types, Locale locale) {
		List<Classification> result = new ArrayList<>();
		for (int i = 0; i < subtypes.size(); i++) {
			Taxonomy.Subtype subtype = types.subtype(subtypes.get(i));
			result.add(new Classification(types.type(subtype.typeKey()).name(locale), subtype.name(locale), i == 0));
		}
		return result;
	}

	private Figure figure(ResultSet rs, Locale locale) throws SQLException {
		String words = wording.words(rs.getBigDecimal("value"), rs.getBigDecimal("value_max"), rs.getString("unit"),
				rs.getString("approx"), rs.getString("category"), locale);
		return new Figure(rs.getLong("id"), rs.getLong("article_id"), rs.getString("label"), words,
				rs.getString("quote"), rs.getObject("source_line", Integer.class));
	}

}
