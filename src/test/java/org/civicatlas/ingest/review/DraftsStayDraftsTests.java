package org.civicatlas.ingest.review;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload under review that describes programs already published (a seed page uploaded
 * again, with one of its programs missing an alias the page prints) changes nothing
 * published until the page is published; rejecting it leaves everything as it was;
 * publishing it changes the program through the entity (version, history).
 */
@EditingTest
@CleansUp
class DraftsStayDraftsTests {

	private static final String SEED = "000_db0d4880a1cbbe3b.txt";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	long program;

	String[] aliases;

	long version;

	@BeforeEach
	void setUp() {
		// a published program of the seed page that has an alias: it forgets the alias,
		// so that the
		// page uploaded again brings it back
		program = jdbc.sql("""
				select p.id from program p join article_program ap on ap.program_id = p.id
				  join article a on a.id = ap.article_id join source_page s on s.id = a.source_page_id
				 where s.file_name = :seed and p.status = 'PUBLISHED' and cardinality(p.aliases) > 0
				 order by p.id limit 1""").param("seed", SEED).query(Long.class).single();
		aliases = jdbc.sql("select aliases from program where id = :id")
			.param("id", program)
			.query((rs, n) -> (String[]) rs.getArray(1).getArray())
			.single();
		jdbc.sql("update program set aliases = '{}' where id = :id").param("id", program).update();
		version = editor.version("program", program);
	}

	@AfterEach
	void restoreAliases() {
		jdbc.sql("update program set aliases = :aliases, version = :version where id = :id")
			.param("aliases", aliases)
			.param("version", version)
			.param("id", program)
			.update();
	}

	@Test
	void anUploadInReviewChangesNothingPublishedAndRejectingItRestoresEverything() throws Exception {
		Map<String, List<String>> published = published();
		long page = upload();
		assertThat(jdbc.sql("select count(*) from draft_program_link where program_id = :id")
			.param("id", program)
			.query(Long.class)
			.single()).as("the links wait").isPositive();
		assertThat(published()).isEqualTo(published);

		editor.post("/admin/pages/" + page + "/reject", Map.of("version", editor.version("source_page", page)));
		assertThat(jdbc.sql("select status from source_page where id = :id")
			.param("id", page)
			.query(String.class)
			.single()).isEqualTo("REJECTED");
		assertThat(published()).isEqualTo(published);
		assertThat(jdbc.sql("select count(*) from draft_program_link").query(Long.class).single()).isZero();
	}

	@Test
	void publishingChangesTheProgramThroughItsEntity() throws Exception {
		long page = upload();
		long revisions = revisionsOf(program);
		List<Long> articles = editor.articles(page);
		for (long article : articles) {
			editor.post("/admin/pages/" + page + "/articles/" + article + "/accept",
					Map.of("version", editor.version("article", article)));
		}
		editor.post("/admin/pages/" + page + "/publish",
				Map.of("version", editor.version("source_page", page), "discardUnassigned", true));

		assertThat(jdbc.sql("select status from source_page where id = :id")
			.param("id", page)
			.query(String.class)
			.single()).isEqualTo("PUBLISHED");
		String[] learnt = jdbc.sql("select aliases from program where id = :id")
			.param("id", program)
			.query((rs, n) -> (String[]) rs.getArray(1).getArray())
			.single();
		assertThat(learnt).contains(aliases);
		assertThat(editor.version("program", program)).isEqualTo(version + 1);
		assertThat(revisionsOf(program)).isEqualTo(revisions + 1);
		assertThat(jdbc.sql("""
				select count(*) from article_program ap join article a on a.id = ap.article_id
				 where ap.program_id = :program and a.source_page_id = :page""")
			.param("program", program)
			.param("page", page)
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from article_program_aud x join article a on a.id = x.article_id
				 where x.program_id = :program and a.source_page_id = :page""")
			.param("program", program)
			.param("page", page)
			.query(Long.class)
			.single()).as("the new link is in the history").isPositive();
		assertThat(jdbc.sql("select count(*) from draft_program_link").query(Long.class).single()).isZero();
	}

	/** The seed page with one more line: other bytes, the same articles and programs. */
	private long upload() throws Exception {
		byte[] seed = Files.readAllBytes(Path.of("seeds", SEED));
		byte[] again = (new String(seed, StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8);
		String location = editor.upload("again-" + SEED, again).getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/pages/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * Every published record with its version and content, its links and its history's
	 * size.
	 */
	private Map<String, List<String>> published() {
		return Map.of("programs", rows("""
				select concat_ws('|', id, version, aliases::text, status, updated_at) from program
				 where status <> 'DRAFT' order by id"""), "articles", rows("""
				select concat_ws('|', id, version, status, updated_at) from article
				 where status = 'PUBLISHED' order by id"""), "links", rows("""
				select concat_ws('|', ap.article_id, ap.program_id) from article_program ap
				  join article a on a.id = ap.article_id where a.status = 'PUBLISHED' order by 1"""), "history",
				rows("""
						select concat_ws('|', (select count(*) from program_aud x join program p on p.id = x.id
						                        where p.status <> 'DRAFT'),
						                      (select count(*) from article_aud x join article a on a.id = x.id
						                        where a.status = 'PUBLISHED'))"""));
	}

	private List<String> rows(String sql) {
		return jdbc.sql(sql).query(String.class).list();
	}

	private long revisionsOf(long id) {
		return jdbc.sql("select count(*) from program_aud where id = :id").param("id", id).query(Long.class).single();
	}

}
