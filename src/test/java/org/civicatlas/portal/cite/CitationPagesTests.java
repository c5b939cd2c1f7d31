package org.civicatlas.portal.cite;

import java.io.StringReader;
import java.net.http.HttpResponse;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Cite this" over HTTP: the reference page, the three downloads, and what is not
 * citable.
 */
@PortalTest
class CitationPagesTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void anArticleIsCitedInEveryFormInOneStatement() throws Exception {
		long id = first("select id from article where status = 'PUBLISHED' order by id");
		String headline = jdbc.sql("select headline from article where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		statements.reset();
		String page = http.get("/cite/article/" + id).body();
		// the citation, and the data version that every public page reads first (its
		// ETag, since the
		// merge with the scale branch's HTTP caching)
		assertThat(statements.count()).isEqualTo(2);
		assertThat(page).contains(headline + "[DB/OL]. 浙江基层创新图谱. [")
			.contains("/articles/" + id + ".</p>")
			.contains("href=\"/cite/article/" + id + ".bib\"");
		HttpResponse<String> bib = http.get("/cite/article/" + id + ".bib");
		assertThat(bib.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).startsWith("application/x-bibtex"));
		assertThat(bib.headers().firstValue("Content-Disposition"))
			.hasValue("attachment; filename=\"civicatlas-article-" + id + ".bib\"");
		BibTeXDatabase parsed = new BibTeXParser().parse(new StringReader(bib.body()));
		assertThat(parsed.getEntries()).hasSize(1);
		assertThat(http.get("/cite/article/" + id + ".ris").body()).startsWith("TY  - DBASE\r\n")
			.contains("TI  - " + headline);
		JsonNode csl = new ObjectMapper().readTree(http.get("/cite/article/" + id + ".json").body());
		assertThat(csl.get(0).get("title").asString()).isEqualTo(headline);
		assertThat(http.get("/articles/" + id).body()).contains("href=\"/cite/article/" + id + "\"");
	}

	@Test
	void programsAndFiguresAreCitableToo() {
		long program = first("select id from program where status = 'PUBLISHED' and merged_into is null order by id");
		assertThat(http.get("/cite/program/" + program).body()).contains("[DB/OL]");
		assertThat(http.get("/programs/" + program).body()).contains("href=\"/cite/program/" + program + "\"");
		long figure = first(
				"""
						select m.id from metric m join article a on a.id = m.article_id and a.status = 'PUBLISHED' order by m.id""");
		assertThat(http.get("/cite/figure/" + figure + ".bib").body()).startsWith("@misc{civicatlas-figure-" + figure);
		assertThat(http.get("/cite/program/" + program + "?lang=en").body()).contains("Civic Atlas of Zhejiang");
	}

	@Test
	void whatIsNotPublicOrNotAFormatIsNotFound() {
		assertThat(http.get("/cite/article/999999").statusCode()).isEqualTo(404);
		assertThat(http.get("/cite/person/1").statusCode()).isEqualTo(404);
		long id = first("select id from article where status = 'PUBLISHED' order by id");
		assertThat(http.get("/cite/article/" + id + ".docx").statusCode()).isEqualTo(404);
		assertThat(http.get("/cite/article/abc").statusCode()).isEqualTo(404);
	}

	@Test
	void theOpenDataPageStatesTheLicenceAndHowToCite() {
		String page = http.get("/open-data").body();
		assertThat(page).contains("CC BY 4.0").contains("id=\"atlas-reference\"").contains("浙江基层创新图谱[DB/OL]. [");
	}

	private long first(String sql) {
		return jdbc.sql(sql + " limit 1").query(Long.class).single();
	}

}
