package org.civicatlas.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions live in PostgreSQL (Spring Session JDBC, docs/deployment.md). Two
 * requests of one session at the same moment (an editor's two tabs, several uploads at
 * once) may both add the same attribute, such as the flash map of a redirect; Spring
 * Session's plain {@code INSERT} then fails on the attribute's primary key and the
 * request ends in a 500. With PostgreSQL's upsert the later request simply writes over
 * the attribute.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
		return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
	}

}
