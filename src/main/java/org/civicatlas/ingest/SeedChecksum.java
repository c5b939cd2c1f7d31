package org.civicatlas.ingest;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Before Flyway validates, sets the recorded checksum of V4 to
 * {@link SeedMigration#CHECKSUM}. Databases seeded before the seed import got its own
 * record stored a checksum over the seed files of that day; a changed seed would make
 * Flyway refuse to start. Only V4's row is touched: every other migration stays guarded
 * by its checksum.
 */
@Component
class SeedChecksum implements Callback {

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_VALIDATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		String table = context.getConfiguration().getTable();
		boolean exists = jdbc.sql("select to_regclass(:table) is not null")
			.param("table", table)
			.query(Boolean.class)
			.single();
		if (exists) {
			jdbc.sql("update " + table
					+ " set checksum = :checksum where version = '4' and checksum is distinct from :checksum")
				.param("checksum", SeedMigration.CHECKSUM)
				.update();
		}
	}

	@Override
	public String getCallbackName() {
		return "seed checksum";
	}

}
