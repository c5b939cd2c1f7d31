package org.civicatlas.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.civicatlas.CivicAtlasApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server as the portal runs it: a persistent data directory across restarts.
 */
class EmbeddedPostgresLifecycleTests {

	@TempDir
	Path dataDir;

	@Test
	void dataWrittenBeforeARestartIsThereAfterIt() {
		try (ConfigurableApplicationContext first = start()) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			jdbc.sql("update city set aliases = '{越州}' where code = '3306'").update();
		}
		assertThat(dataDir.resolve("postmaster.pid")).doesNotExist();
		try (ConfigurableApplicationContext second = start()) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select aliases[1] from city where code = '3306'").query(String.class).single())
				.isEqualTo("越州");
			// migrations ran once, on the first start (the repeatable one, with no
			// version, too)
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isEqualTo(jdbc.sql("select count(distinct coalesce(version, script)) from flyway_schema_history")
					.query(Long.class)
					.single());
			assertThat(jdbc.sql("select count(*) from city").query(Long.class).single()).isEqualTo(11);
			// the seed pages were imported once, not once per start
			assertThat(jdbc.sql("select count(*) from source_page").query(Long.class).single()).isEqualTo(5);
			assertThat(jdbc.sql("select count(*) from article").query(Long.class).single()).isEqualTo(54);
		}
	}

	@Test
	void aStalePidFileLeftByAKilledJvmIsRecoveredFrom() throws IOException {
		try (ConfigurableApplicationContext first = start()) {
			assertThat(first.getBean(EmbeddedPostgresServer.class).dataDirectory()).isEqualTo(dataDir.toAbsolutePath());
		}
		// a killed JVM's postmaster is gone after a reboot but its pid file stays behind
		Files.writeString(dataDir.resolve("postmaster.pid"), "2147483600\n" + dataDir + "\n");
		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(JdbcClient.class).sql("select count(*) from district").query(Long.class).single())
				.isEqualTo(90);
		}
	}

	private ConfigurableApplicationContext start() {
		// arguments, because the build sets atlas.data-dir=temporary for tests as a
		// system property
		return new SpringApplicationBuilder(CivicAtlasApplication.class).run("--atlas.data-dir=" + dataDir,
				"--server.port=0");
	}

}
