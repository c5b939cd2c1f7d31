package org.civicatlas.ingest.review;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.civicatlas.CivicAtlasApplication;
import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.ingest.ArticleFields.Field;
import org.civicatlas.ingest.PageDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seeds of a database that lives on: a correction file changes between two starts on one data
 * directory (and the database still carries the V4 checksum of older seeds). It starts, the page
 * is offered for re-import with a comparison, nothing changes before the editor confirms, and the
 * editor's earlier hand edit survives the confirmation.
 */
class SeedReimportLifecycleTests {

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
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(offered(jdbc)).isEmpty();
			long edited = article(jdbc, EDITED);
			first.getBean(TransactionTemplate.class).executeWithoutResult(status -> {
				Article article = first.getBean(ArticleRepository.class).findById(edited).orElseThrow();
				article.revise(article.getHeadline(), article.getSubhead(), article.getBylines(), article.getBody(), OWN_CAPTION);
			});
			recutBody = body(jdbc, article(jdbc, RECUT));
			// as a database seeded before the seeds had their own record: V4's checksum covered the files
			jdbc.sql("update flyway_schema_history set checksum = 12345 where version = '4'").update();
		}
		Path correction = seeds.resolve("corrections").resolve(PAGE);
		// an editor corrects two articles the pipeline lays out alone: one loses its caption, one its last line
		Files.writeString(correction, Files.readString(correction) + "\narticle 61 63-71 77-87\n\narticle 261 263-279\n");

		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(offered(jdbc)).containsExactly(PAGE);
			long page = jdbc.sql("select id from source_page where file_name = :f").param("f", PAGE).query(Long.class).single();
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

			List<String> ticked = diff.articles().stream().flatMap(a -> a.changes().stream())
				.filter(c -> !c.handEdited()).map(PageDiff.FieldChange::token).toList();
			List<String> seen = diff.articles().stream().map(a -> a.articleId() + ":" + a.version()).toList();
			reimporter.apply(page, new ReimportForm(ticked, seen));

			assertThat(body(jdbc, recut)).isEqualTo(body.proposed()).isNotEqualTo(recutBody);
			assertThat(jdbc.sql("select captions from article where id = :id").param("id", edited)
				.query((rs, n) -> List.of((String[]) rs.getArray(1).getArray())).single()).isEqualTo(OWN_CAPTION);
			assertThat(offered(jdbc)).isEmpty();
		}

		try (ConfigurableApplicationContext third = start()) {
			assertThat(offered(third.getBean(JdbcClient.class))).as("a confirmed re-import is not offered again").isEmpty();
		}
	}

	private static PageDiff.FieldChange change(PageDiff diff, long article, Field field) {
		return diff.articles().stream().filter(a -> a.articleId() == article)
			.flatMap(a -> a.changes().stream()).filter(c -> c.field() == field)
			.findFirst().orElseThrow(() -> new AssertionError(field + " of " + article + " not offered: " + diff));
	}

	private static List<String> offered(JdbcClient jdbc) {
		return jdbc.sql("select seed_file from page_import where offered_hash is not null order by 1").query(String.class).list();
	}

	private static long article(JdbcClient jdbc, String headline) {
		return jdbc.sql("select id from article where strpos(headline, :h) > 0").param("h", headline).query(Long.class).single();
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
		return new SpringApplicationBuilder(CivicAtlasApplication.class)
			.run("--atlas.data-dir=" + dataDir, "--atlas.seeds=file:" + seeds + "/", "--server.port=0");
	}

}
