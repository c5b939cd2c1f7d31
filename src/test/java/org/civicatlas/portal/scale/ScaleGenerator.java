package org.civicatlas.portal.scale;

import java.util.Locale;
import java.util.stream.Stream;

import org.civicatlas.CivicAtlasApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: grows the seeded database N times, as it would grow over years of newspaper
 * pages. Copy k of every source page, article, program and figure moves k districts
 * further along the list of Zhejiang's 90 districts (and, inside the district, k
 * townships further), so the copies cover every district and township instead of piling
 * up in the seeds' few places; subtypes, article–program links, township links and
 * figures are copied with them, and copies are dated one day apart so that "newest first"
 * lists see a history. Everything is bulk SQL ({@code INSERT … SELECT} over
 * {@code generate_series}), with ids computed from the copy number so that links need no
 * look-up. Run it on a data directory of its own:
 *
 * <pre>
 * mvn -q -o test-compile spring-boot:test-run -Dspring-boot.run.main-class=org.civicatlas.portal.scale.ScaleGenerator \
 *     -Dspring-boot.run.arguments="--atlas.data-dir=target/scale-1000 --scale.times=1000"
 * </pre>
 *
 * Growing an already grown database does nothing (its copied pages are named
 * {@code scale-…}).
 */
public final class ScaleGenerator {

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	public ScaleGenerator(ConfigurableApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.transaction = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
	}

	public static void main(String[] args) {
		String[] settings = { "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off" };
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicAtlasApplication.class)
			.run(Stream.concat(Stream.of(settings), Stream.of(args)).toArray(String[]::new));
		try {
			int times = context.getEnvironment().getProperty("scale.times", Integer.class, 1000);
			new ScaleGenerator(context).grow(times);
		}
		finally {
			context.close();
		}
	}

	/**
	 * Grows the corpus to {@code times} the seeds, unless it is already larger than the
	 * seeds.
	 */
	public void grow(int times) {
		long articles = count("article");
		boolean grown = jdbc.sql("select exists (select 1 from source_page where file_name like 'scale-%')")
			.query(Boolean.class)
			.single();
		if (grown || times <= 1) {
			System.out.printf(Locale.ROOT, "Already %,d articles; nothing grown%n", articles);
			return;
		}
		long started = System.nanoTime();
		// one transaction: a failure half-way leaves the seeds as they were
		transaction.executeWithoutResult(status -> {
			Tops tops = new Tops(top("source_page"), top("article"), top("program"), top("metric"));
			// the summaries' triggers would recount each copied row at commit: once in
			// bulk at the end instead
			summaryTriggers("disable");
			shifts(times);
			copyPages(times, tops);
			copyArticles(times, tops);
			copyPrograms(times, tops);
			copyMetrics(times, tops);
			jdbc.sql("select rebuild_public_summaries()").query().singleRow();
			summaryTriggers("enable");
			for (String table : new String[] { "source_page", "article", "program", "metric" }) {
				jdbc.sql("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table
						+ "))")
					.query(Long.class)
					.single();
			}
		});
		for (String table : new String[] { "source_page", "article", "article_township", "article_village",
				"article_program", "program", "program_subtype_link", "metric", "program_fact", "article_fact",
				"article_place_fact", "public_tally" }) {
			jdbc.sql("vacuum analyze " + table).update();
		}
		System.out.printf(Locale.ROOT, "Grown %d times in %.0f s: %,d articles, %,d programs, %,d figures%n", times,
				(System.nanoTime() - started) / 1e9, count("article"), count("program"), count("metric"));
	}

	/**
	 * Switches the summary triggers of R__public_summaries.sql off or on, inside the
	 * generator's transaction.
	 */
	private void summaryTriggers(String action) {
		for (String table : new String[] { "program", "program_subtype_link", "article_program", "metric", "article",
				"article_township" }) {
			jdbc.sql("alter table " + table + " " + action + " trigger " + table + "_summary").update();
		}
	}

	/**
	 * Where copy k of a place goes: the district k places further in code order, the
	 * township k places further in that district's townships, the city of that district.
	 */
	private void shifts(int times) {
		jdbc.sql("drop table if exists scale_district, scale_township, scale_city").update();
		jdbc.sql(
				"""
						create unlogged table scale_district as
						with d as (select code, (row_number() over (order by code) - 1)::int as n, count(*) over ()::int as total
						             from district)
						select k as copy, d.code as old_code, s.code as new_code
						  from d cross join generate_series(1, :times - 1) as k
						  join d s on s.n = (d.n + k) % d.total
						""")
			.param("times", times)
			.update();
		jdbc.sql("create index on scale_district (copy, old_code)").update();
		jdbc.sql(
				"""
						create unlogged table scale_township as
						with used as (select township_code as code from program where township_code is not null
						              union select township_code from article_township),
						     t as (select code, district_code, (row_number() over (partition by district_code order by code) - 1)::int as n
						             from township),
						     total as (select district_code, count(*)::int as total from township group by district_code)
						select sd.copy, u.code as old_code, s.code as new_code
						  from used u
						  join t on t.code = u.code
						  join scale_district sd on sd.old_code = t.district_code
						  join total on total.district_code = sd.new_code
						  join t s on s.district_code = sd.new_code and s.n = t.n % total.total
						""")
			.update();
		jdbc.sql("create index on scale_township (copy, old_code)").update();
		jdbc.sql(
				"""
						create unlogged table scale_city as
						with c as (select code, (row_number() over (order by code) - 1)::int as n, count(*) over ()::int as total from city)
						select k as copy, c.code as old_code, s.code as new_code
						  from c cross join generate_series(1, :times - 1) as k
						  join c s on s.n = (c.n + k) % c.total
						""")
			.param("times", times)
			.update();
		jdbc.sql("create index on scale_city (copy, old_code)").update();
	}

	/** The highest ids before growing: copy k of row id gets id + k * top. */
	private record Tops(long pages, long articles, long programs, long metrics) {
	}

	private long top(String table) {
		return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
	}

	private void copyPages(int times, Tops tops) {
		jdbc.sql(
				"""
						insert into source_page (id, file_name, sha256, raw_text, line_count, status, created_at, updated_at)
						select p.id + k * :pages, 'scale-' || k || '-' || p.file_name, encode(sha256(convert_to(p.sha256 || k, 'UTF8')), 'hex'),
						       p.raw_text, p.line_count, p.status, p.created_at - k * interval '1 day', p.updated_at - k * interval '1 day'
						  from source_page p cross join generate_series(1, :times - 1) as k
						""")
			.param("times", times)
			.param("pages", tops.pages())
			.update();
	}

	private void copyArticles(int times, Tops tops) {
		jdbc.sql(
				"""
						insert into article (id, source_page_id, position, headline, subhead, bylines, body, captions, source_lines,
						                     incomplete, status, city_code, district_code, created_at, updated_at)
						select a.id + k * :articles, a.source_page_id + k * :pages, a.position, a.headline, a.subhead, a.bylines, a.body,
						       a.captions, a.source_lines, a.incomplete, a.status,
						       coalesce(left(sd.new_code, 4), sc.new_code), sd.new_code,
						       a.created_at - k * interval '1 day', a.updated_at - k * interval '1 day'
						  from article a cross join generate_series(1, :times - 1) as k
						  left join scale_district sd on sd.copy = k and sd.old_code = a.district_code
						  left join scale_city sc on sc.copy = k and sc.old_code = a.city_code
						""")
			.param("times", times)
			.param("articles", tops.articles())
			.param("pages", tops.pages())
			.update();
		jdbc.sql("""
				insert into article_township (article_id, township_code)
				select at.article_id + k * :articles, st.new_code
				  from article_township at cross join generate_series(1, :times - 1) as k
				  join scale_township st on st.copy = k and st.old_code = at.township_code
				    -- two townships of a large district can land on one of a smaller district
				on conflict do nothing
				""").param("times", times).param("articles", tops.articles()).update();
		jdbc.sql("""
				insert into article_village (article_id, name)
				select av.article_id + k * :articles, av.name
				  from article_village av cross join generate_series(1, :times - 1) as k
				""").param("times", times).param("articles", tops.articles()).update();
	}

	private void copyPrograms(int times, Tops tops) {
		jdbc.sql(
				"""
						insert into program (id, name, aliases, description, status, city_code, district_code, township_code,
						                     village_name, merged_into, created_at, updated_at)
						select p.id + k * :programs, p.name, p.aliases, p.description, p.status,
						       coalesce(left(sd.new_code, 4), sc.new_code), sd.new_code, st.new_code, p.village_name,
						       p.merged_into + k * :programs, p.created_at - k * interval '1 day', p.updated_at - k * interval '1 day'
						  from program p cross join generate_series(1, :times - 1) as k
						  left join scale_district sd on sd.copy = k and sd.old_code = p.district_code
						  left join scale_city sc on sc.copy = k and sc.old_code = p.city_code
						  left join scale_township st on st.copy = k and st.old_code = p.township_code
						""")
			.param("times", times)
			.param("programs", tops.programs())
			.update();
		jdbc.sql("""
				insert into program_subtype_link (program_id, position, subtype_key)
				select l.program_id + k * :programs, l.position, l.subtype_key
				  from program_subtype_link l cross join generate_series(1, :times - 1) as k
				""").param("times", times).param("programs", tops.programs()).update();
		jdbc.sql("""
				insert into article_program (article_id, program_id)
				select ap.article_id + k * :articles, ap.program_id + k * :programs
				  from article_program ap cross join generate_series(1, :times - 1) as k
				""")
			.param("times", times)
			.param("articles", tops.articles())
			.param("programs", tops.programs())
			.update();
	}

	private void copyMetrics(int times, Tops tops) {
		jdbc.sql(
				"""
						insert into metric (id, article_id, program_id, label, value, value_max, unit, approx, category, quote,
						                    source_line, quote_verified, position, created_at, updated_at)
						select x.id + k * :metrics, x.article_id + k * :articles, x.program_id + k * :programs, x.label, x.value, x.value_max,
						       x.unit, x.approx, x.category, x.quote, x.source_line, x.quote_verified, x.position,
						       x.created_at - k * interval '1 day', x.updated_at - k * interval '1 day'
						  from metric x cross join generate_series(1, :times - 1) as k
						""")
			.param("times", times)
			.param("metrics", tops.metrics())
			.param("articles", tops.articles())
			.param("programs", tops.programs())
			.update();
		jdbc.sql("drop table scale_district, scale_township, scale_city").update();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
