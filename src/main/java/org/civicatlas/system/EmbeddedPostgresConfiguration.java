package org.civicatlas.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL inside the application unless {@code spring.datasource.url} names an
 * external server. The data directory persists ({@code atlas.data-dir}, {@code ./data} by
 * default) so a restart finds its data; {@code atlas.data-dir=temporary} gives a
 * throw-away directory, which is what every test context uses so that two contexts never
 * share one cluster.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

	static final String TEMPORARY = "temporary";

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(@Value("${atlas.data-dir:./data}") String dataDir)
			throws IOException {
		boolean temporary = TEMPORARY.equals(dataDir);
		Path dir = temporary ? Files.createTempDirectory("civic-atlas-pg-") : Path.of(dataDir);
		return EmbeddedPostgresServer.start(dir.toAbsolutePath().normalize(), temporary);
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresWatchdog embeddedPostgresWatchdog(EmbeddedPostgresServer server) {
		return new EmbeddedPostgresWatchdog(server);
	}

	@Bean(destroyMethod = "close")
	HikariDataSource dataSource(EmbeddedPostgresServer server,
			@Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize,
			@Value("${spring.datasource.hikari.connection-timeout:2000}") long connectionTimeout) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("embedded-postgres");
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(EmbeddedPostgresServer.USER);
		dataSource.setPassword(server.password());
		dataSource.setMaximumPoolSize(poolSize);
		// while the server is down, a page fails within 2 s (a 503) instead of waiting 30
		// s
		dataSource.setConnectionTimeout(connectionTimeout);
		return dataSource;
	}

}
