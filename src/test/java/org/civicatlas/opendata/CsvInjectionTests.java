package org.civicatlas.opendata;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A name a spreadsheet would run as a formula reaches no CSV download as a formula. */
@PortalTest
class CsvInjectionTests {

	private static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"点击\")";

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void formulasInNamesAndLabelsAreWrittenAsText() {
		long program = jdbc.sql("""
				select min(p.id) from program p join metric m on m.program_id = p.id
				 where p.status = 'PUBLISHED' and p.merged_into is null""").query(Long.class).single();
		long metric = jdbc.sql("select min(id) from metric where program_id = :p")
			.param("p", program)
			.query(Long.class)
			.single();
		String name = jdbc.sql("select name from program where id = :id")
			.param("id", program)
			.query(String.class)
			.single();
		String label = jdbc.sql("select label from metric where id = :id")
			.param("id", metric)
			.query(String.class)
			.single();
		try {
			jdbc.sql("update program set name = :n where id = :id").param("n", FORMULA).param("id", program).update();
			jdbc.sql("update metric set label = :l where id = :id")
				.param("l", "+" + FORMULA)
				.param("id", metric)
				.update();
			for (String csv : new String[] { "/open-data/programs.csv", "/open-data/metrics.csv", "/metrics.csv" }) {
				String body = http.get(csv).body();
				assertThat(body).as(csv).doesNotContain(",\"=HYPERLINK", ",\"+=HYPERLINK").doesNotContain(",=", ",+=");
			}
			assertThat(http.get("/open-data/programs.csv").body())
				.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\"");
			assertThat(http.get("/metrics.csv").body()).contains(",\"'+=HYPERLINK(");
		}
		finally {
			jdbc.sql("update program set name = :n where id = :id").param("n", name).param("id", program).update();
			jdbc.sql("update metric set label = :l where id = :id").param("l", label).param("id", metric).update();
		}
	}

}
