package org.civicatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Writing a page is all or nothing: a failure half-way leaves no trace once its
 * transaction rolls back.
 */
@PortalTest
class PageWriterTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPageThatFailsHalfWayLeavesNothingBehind() throws SQLException {
		PageModel good = Pipelines.shared()
			.ingest("broken.txt", IngestPipelineTests.PAGE.getBytes(StandardCharsets.UTF_8), Corrections.NONE);
		// a program classified with a subtype the taxonomy does not know: its insert
		// fails after
		// the page and the earlier programs were written
		ProgramModel bad = new ProgramModel("不存在的项目", List.of(), List.of("no_such_subtype"), null, null, null, null,
				null, List.of(0));
		List<ProgramModel> programs = new java.util.ArrayList<>(good.programs());
		programs.add(bad);
		PageModel broken = new PageModel(good.fileName(), good.sha256(), good.rawText(), good.lineCount(),
				good.articles(), programs, good.leftOver());
		long pages = count("select count(*) from source_page");
		long articles = count("select count(*) from article");
		long programCount = count("select count(*) from program");
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			assertThatThrownBy(() -> new PageWriter(connection).write(broken, PageWriter.Mode.REVIEW, null))
				.isInstanceOf(RuntimeException.class);
			connection.rollback();
		}
		assertThat(count("select count(*) from source_page")).isEqualTo(pages);
		assertThat(count("select count(*) from article")).isEqualTo(articles);
		assertThat(count("select count(*) from program")).isEqualTo(programCount);
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
