package org.civicatlas.system;

import java.io.IOException;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.civicatlas.CivicAtlasApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.datasource.url} set, the portal uses that server and starts none of
 * its own.
 */
class ExternalDatabaseTests {

	@Test
	void anExternalServerIsUsedAndNoEmbeddedOneStarts() throws IOException, SQLException {
		// stands in for an operator's server: a PostgreSQL the application did not start
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
			String url = external.getJdbcUrl("postgres", "postgres");
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CivicAtlasApplication.class)
				.run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0")) {
				assertThat(context.getBeansOfType(EmbeddedPostgresServer.class)).isEmpty();
				assertThat(context.getBean(DataSource.class).getConnection().getMetaData().getURL()).startsWith(url);
			}
			// the migrations landed in the external server
			JdbcClient jdbc = JdbcClient.create(external.getPostgresDatabase());
			assertThat(jdbc.sql("select count(*) from township where name = '北海街道'").query(Long.class).single())
				.isEqualTo(1);
		}
	}

}
