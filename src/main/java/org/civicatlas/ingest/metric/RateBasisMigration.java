package org.civicatlas.ingest.metric;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.civicatlas.ingest.MetricModel;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;

import org.springframework.stereotype.Component;

/**
 * Gives the figures stored before {@code metric.per} existed their basis (V20 added the
 * column): the seeds imported by V4 and every page uploaded since. The basis is read
 * again from each figure's quote, its own sentence or clause, where the cue of a rate
 * (人均, 每亩, 月增收 …) stands beside the number; the figure of the quote with the same value
 * and unit gives it.
 */
@Component
class RateBasisMigration implements JavaMigration {

	private final MetricExtractor extractor = new MetricExtractor();

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("21");
	}

	@Override
	public String getDescription() {
		return "metric per backfill";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement select = connection
			.prepareStatement("select id, value, unit, quote from metric where per is null and value is not null");
				PreparedStatement update = connection.prepareStatement("update metric set per = ? where id = ?");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				MetricModel.Per per = basis(rs.getBigDecimal("value"), rs.getString("unit"), rs.getString("quote"));
				if (per != null) {
					update.setString(1, per.key());
					update.setLong(2, rs.getLong("id"));
					update.executeUpdate();
				}
			}
		}
	}

	private MetricModel.Per basis(BigDecimal value, String unit, String quote) {
		for (MetricModel figure : extractor.extract(quote, offset -> 1)) {
			if (figure.unit().equals(unit) && figure.value() != null && figure.value().compareTo(value) == 0) {
				return figure.per();
			}
		}
		return null;
	}

}
