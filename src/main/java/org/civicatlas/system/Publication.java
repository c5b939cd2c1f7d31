package org.civicatlas.system;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Where and when a source page was printed; each part may be unknown (null). Read from
 * the columns {@code newspaper}, {@code issue_date}, {@code issue_date_precision} and
 * {@code page_number} of {@code source_page}, which every reader selects under these
 * names.
 */
public record Publication(String newspaper, IssueDate date, String page) {

	public static final Publication UNKNOWN = new Publication(null, null, null);

	/**
	 * The SQL select list of a publication, for a query that joins {@code source_page} as
	 * {@code alias}.
	 */
	public static String columns(String alias) {
		return "%1$s.newspaper, %1$s.issue_date, %1$s.issue_date_precision, %1$s.page_number".formatted(alias);
	}

	public static Publication read(ResultSet rs) throws SQLException {
		return new Publication(rs.getString("newspaper"), IssueDate.read(rs, "issue_date"),
				rs.getString("page_number"));
	}

	public boolean known() {
		return newspaper != null || date != null || page != null;
	}

}
