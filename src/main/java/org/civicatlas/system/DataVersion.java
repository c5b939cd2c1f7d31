package org.civicatlas.system;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The stamp of the published data ({@code data_version}, moved by database triggers on
 * every committed change, V50). Read once per request and remembered for the rest of it,
 * so that a page and its caches agree; every instance reads the same row, so an edit on
 * one is seen by all at the next request.
 */
@Component
public class DataVersion {

	/** The version and when it moved. */
	public record Stamp(long version, Instant changedAt) {
	}

	private static final String ATTRIBUTE = DataVersion.class.getName();

	private final JdbcClient jdbc;

	DataVersion(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The stamp this request has seen (read now if it has seen none), or a fresh one
	 * outside requests.
	 */
	public Stamp current() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof Stamp seen) {
			return seen;
		}
		Stamp stamp = jdbc.sql("select version, changed_at from data_version")
			.query((rs, n) -> new Stamp(rs.getLong("version"),
					rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
			.single();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, stamp, RequestAttributes.SCOPE_REQUEST);
		}
		return stamp;
	}

}
