package org.civicatlas.ingest.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.civicatlas.CivicAtlasApplication;
import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.ingest.ArticleFields.Field;
import org.civicatlas.ingest.PageDiff;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds of a database that lives on: a correction file changes between two starts on
 * one data directory (and the database still carries the V4 checksum of older seeds). It
 * starts, the page is offered for re-import with a comparison, nothing changes before the
 * editor confirms, and the editor's earlier hand edit survives the confirmation.
 */
class SeedReimportLifecycleTests {

	private static final Logger log = LoggerFactory.getLogger(SeedReimportLifecycleTests.class);

	private static final String PAGE = "000_db0d4880a1cbbe3b.txt";

	private static final String EDITED = "乡贤参与基层治理";

	private static final String RECUT = "续写新篇章";

	private static final List<String> OWN_CAPTION = List.of("编辑写的图片说明");

	@TempDir
	Path dataDir;

	@TempDir
	Path seeds;

	@Test
	void aChangedCorrectionIsOfferedForReimportAndAHandEditSurvivesIt() throws IOException {
		copySeeds();
		String recutBody;
		Older older;
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(offered(jdbc)).isEmpty();
			long edited = article(jdbc, EDITED);
			first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
				Article article = first.getBean(ArticleRepository.class).findById(edited).orElseThrow();
				article.revise(article.getHeadline(), article.getSubhead(), article.getBylines(), article.getBody(),
						OWN_CAPTION);
			});
			recutBody = body(jdbc, article(jdbc, RECUT));
			older = olderPipeline(jdbc);
			// as a database seeded before the seeds had their own record: V4's checksum
			// covered the files
			jdbc.sql("update flyway_schema_history set checksum = 12345 where version = '4'").update();
		}
		Path correction = seeds.resolve("corrections").resolve(PAGE);
		// an editor corrects two articles the pipeline lays out alone: one loses its
		// caption, one its last line
		Files.writeString(correction,
				Files.readString(correction) + "\narticle 61 63-71 77-87\n\narticle 261 263-279\n");

		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(offered(jdbc)).containsExactly(PAGE);
			long page = jdbc.sql("select id from source_page where file_name = :f")
				.param("f", PAGE)
				.query(Long.class)
				.single();
			long edited = article(jdbc, EDITED);
			long recut = article(jdbc, RECUT);
			Reimporter reimporter = second.getBean(Reimporter.class);
			PageDiff diff = reimporter.compare(page);
			PageDiff.FieldChange caption = change(diff, edited, Field.CAPTIONS);
			assertThat(caption.handEdited()).isTrue();
			assertThat(caption.current()).isEqualTo(OWN_CAPTION.get(0));
			PageDiff.FieldChange body = change(diff, recut, Field.BODY);
			assertThat(body.handEdited()).isFalse();
			assertThat(body.current()).isEqualTo(recutBody);
			assertThat(body(jdbc, recut)).as("nothing changes before the confirmation").isEqualTo(recutBody);

			List<String> ticked = ticked(diff);
			List<String> seen = diff.articles().stream().map(a -> a.articleId() + ":" + a.version()).toList();
			long figuresInHistory = count(jdbc, "select count(*) from metric_aud");
			StatementCounter statements = second.getBean(StatementCounter.class);
			statements.resetKeepingCache();
			long started = System.nanoTime();
			int taken = reimporter.apply(page, new ReimportForm(ticked, seen, diff.pageVersion()));
			log.info("Re-import of {}: {} changes taken ({}) in {} ms, {} statements", PAGE, taken, summary(diff),
					(System.nanoTime() - started) / 1_000_000, statements.count());
			assertThat(taken).isEqualTo(ticked.size());
			long figuresTaken = diff.articles()
				.stream()
				.flatMap(a -> a.figures().stream())
				.filter(f -> !f.handEdited())
				.count();
			assertThat(count(jdbc, "select count(*) from metric_aud") - figuresInHistory)
				.as("each figure taken is a revision in the history")
				.isGreaterThanOrEqualTo(figuresTaken);
			assertThat(ticked(reimporter.compare(page))).as("everything the pipeline proposed was taken").isEmpty();
			// on a published page: the figure through the entity, the article published
			// at once, the phantom deleted
			assertThat(jdbc
				.sql("select count(*) from metric_aud where revtype = 0 and rev > 1 and quote = :q and label = :l")
				.param("q", older.figureQuote())
				.param("l", older.figureLabel())
				.query(Long.class)
				.single()).isOne();
			assertThat(jdbc.sql("select status from article where source_page_id = :p and headline = :h")
				.param("p", page)
				.param("h", older.articleHeadline())
				.query(String.class)
				.single()).isEqualTo("PUBLISHED");
			assertThat(count(jdbc, """
					select count(*) from review_article_program ap join article a on a.id = ap.article_id
					  join program p on p.id = ap.program_id
					 where a.source_page_id = %d and (p.status <> 'PUBLISHED' or a.status <> 'PUBLISHED')"""
				.formatted(page))).as("nothing of the page is left a draft").isZero();
			assertThat(count(jdbc, "select count(*) from article where id = " + older.phantom())).isZero();
			assertThat(count(jdbc, "select count(*) from article_aud where revtype = 2 and id = " + older.phantom()))
				.isOne();

			assertThat(body(jdbc, recut)).isEqualTo(body.proposed()).isNotEqualTo(recutBody);
			assertThat(jdbc.sql("select captions from article where id = :id")
				.param("id", edited)
				.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
				.single()).isEqualTo(OWN_CAPTION);
			assertThat(offered(jdbc)).isEmpty();
		}

		try (ConfigurableApplicationContext third = start()) {
			assertThat(offered(third.getBean(JdbcClient.class))).as("a confirmed re-import is not offered again")
				.isEmpty();
		}
	}

	/**
	 * What an older pipeline would have stored differently on the page, simulated on its
	 * rows and its record alike.
	 */
	private record Older(String figureLabel, String figureQuote, String articleHeadline, long phantom) {
	}

	/**
	 * A figure missed, an article missed, and an article made of a line no article has.
	 */
	private static Older olderPipeline(JdbcClient jdbc) {
		long page = jdbc.sql("select id from source_page where file_name = :f")
			.param("f", PAGE)
			.query(Long.class)
			.single();
		Map<String, Object> figure = jdbc.sql("""
				select m.id, m.article_id, m.label, m.quote from metric m join article a on a.id = m.article_id
				 where a.source_page_id = :p and strpos(a.headline, :h) > 0 order by m.position limit 1""")
			.param("p", page)
			.param("h", RECUT)
			.query()
			.singleRow();
		jdbc.sql("delete from metric where id = :id").param("id", figure.get("id")).update();
		jdbc.sql(
				"""
						update article_import set fields = jsonb_set(fields, '{figures}', (select coalesce(jsonb_agg(f order by n), '[]')
						  from jsonb_array_elements(fields->'figures') with ordinality e(f, n)
						 where not (f->>'label' = :label and f->>'quote' = :quote))) where article_id = :a""")
			.param("label", figure.get("label"))
			.param("quote", figure.get("quote"))
			.param("a", figure.get("article_id"))
			.update();
		Map<String, Object> missed = jdbc.sql("""
				select a.id, a.headline from article a where a.source_page_id = :p and strpos(a.headline, :e) = 0
				   and strpos(a.headline, :r) = 0 and exists (select 1 from metric m where m.article_id = a.id)
				 order by a.position limit 1""")
			.param("p", page)
			.param("e", EDITED)
			.param("r", RECUT)
			.query()
			.singleRow();
		jdbc.sql("delete from article where id = :id").param("id", missed.get("id")).update();
		// a blank line: in no article, stored or new
		int line = jdbc
			.sql("""
					select min(t.n)::int from source_page p, regexp_split_to_table(p.raw_text, E'\\n') with ordinality t(l, n)
					 where p.id = :p and btrim(t.l) = ''""")
			.param("p", page)
			.query(Integer.class)
			.single();
		long phantom = jdbc.sql("""
				insert into article (source_page_id, position, headline, body, source_lines, status)
				values (:p, 99, '版面上的一行', '', array[:line], 'PUBLISHED') returning id""")
			.param("p", page)
			.param("line", line)
			.query(Long.class)
			.single();
		jdbc.sql(
				"""
						insert into article_import (article_id, fields) values (:a, jsonb_build_object('headline', '版面上的一行',
						  'subhead', null, 'bylines', '[]'::jsonb, 'body', '', 'captions', '[]'::jsonb, 'cityCode', null,
						  'districtCode', null, 'townshipCodes', '[]'::jsonb, 'figures', '[]'::jsonb, 'programs', '[]'::jsonb))""")
			.param("a", phantom)
			.update();
		return new Older((String) figure.get("label"), (String) figure.get("quote"), (String) missed.get("headline"),
				phantom);
	}

	/** Everything the comparison ticks, and the removals an editor may tick. */
	private static List<String> ticked(PageDiff diff) {
		List<String> ticked = new ArrayList<>();
		for (PageDiff.ArticleDiff article : diff.articles()) {
			article.changes().stream().filter(c -> !c.handEdited()).forEach(c -> ticked.add(c.token()));
			article.figures().stream().filter(c -> !c.handEdited()).forEach(c -> ticked.add(c.token()));
			article.programs().stream().filter(c -> !c.handEdited()).forEach(c -> ticked.add(c.token()));
		}
		diff.added().forEach(added -> ticked.add(added.token()));
		diff.missing().stream().filter(PageDiff.Missing::removable).forEach(missing -> ticked.add(missing.token()));
		return ticked;
	}

	private static String summary(PageDiff diff) {
		return "fields %d, figures %d, links %d, added %d, missing %d".formatted(
				diff.articles().stream().mapToInt(a -> a.changes().size()).sum(),
				diff.articles().stream().mapToInt(a -> a.figures().size()).sum(),
				diff.articles().stream().mapToInt(a -> a.programs().size()).sum(), diff.added().size(),
				diff.missing().size());
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static PageDiff.FieldChange change(PageDiff diff, long article, Field field) {
		return diff.articles()
			.stream()
			.filter(a -> a.articleId() == article)
			.flatMap(a -> a.changes().stream())
			.filter(c -> c.field() == field)
			.findFirst()
			.orElseThrow(() -> new AssertionError(field + " of " + article + " not offered: " + diff));
	}

	private static List<String> offered(JdbcClient jdbc) {
		return jdbc.sql("select seed_file from page_import where offered_hash is not null order by 1")
			.query(String.class)
			.list();
	}

	private static long article(JdbcClient jdbc, String headline) {
		return jdbc.sql("select id from article where strpos(headline, :h) > 0")
			.param("h", headline)
			.query(Long.class)
			.single();
	}

	private static String body(JdbcClient jdbc, long article) {
		return jdbc.sql("select body from article where id = :id").param("id", article).query(String.class).single();
	}

	private void copySeeds() throws IOException {
		Files.createDirectories(seeds.resolve("corrections"));
		for (String dir : List.of("", "corrections")) {
			try (Stream<Path> files = Files.list(Path.of("seeds", dir))) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
					Files.copy(file, seeds.resolve(dir).resolve(file.getFileName()));
				}
			}
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CivicAtlasApplication.class, StatementCounter.class)
			.run("--atlas.data-dir=" + dataDir, "--atlas.seeds=file:" + seeds + "/", "--server.port=0");
	}

}
