package org.civicatlas.system;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of a newspaper issue as far as it is known: a day, a month or only a year. It
 * is stored as its first day with its precision, and written as ISO 8601 at that
 * precision ({@code 2023-11-05}, {@code 2023-11}, {@code 2023}), the form the open data
 * and the citations use.
 */
public record IssueDate(LocalDate first, Precision precision) {

	public enum Precision {

		DAY, MONTH, YEAR

	}

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

	public IssueDate {
		if (first == null || precision == null) {
			throw new IllegalArgumentException("an issue date needs its day and its precision");
		}
		if (precision != Precision.DAY && first.getDayOfMonth() != 1
				|| precision == Precision.YEAR && first.getMonthValue() != 1) {
			throw new IllegalArgumentException(first + " is not the first day of its " + precision);
		}
	}

	/**
	 * {@code 2023-11-05}, {@code 2023-11} or {@code 2023}; empty when the text is no such
	 * date.
	 */
	public static Optional<IssueDate> parse(String text) {
		Matcher matcher = text == null ? null : ISO.matcher(text.strip());
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		try {
			int year = Integer.parseInt(matcher.group(1));
			if (matcher.group(2) == null) {
				return Optional.of(new IssueDate(LocalDate.of(year, 1, 1), Precision.YEAR));
			}
			int month = Integer.parseInt(matcher.group(2));
			if (matcher.group(3) == null) {
				return Optional.of(new IssueDate(YearMonth.of(year, month).atDay(1), Precision.MONTH));
			}
			return Optional
				.of(new IssueDate(LocalDate.of(year, month, Integer.parseInt(matcher.group(3))), Precision.DAY));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The date of the columns {@code <prefix>issue_date} and
	 * {@code <prefix>issue_date_precision}, or null.
	 */
	public static IssueDate read(ResultSet rs, String column) throws SQLException {
		Date day = rs.getDate(column);
		return day == null ? null
				: new IssueDate(day.toLocalDate(), Precision.valueOf(rs.getString(column + "_precision")));
	}

	/** ISO 8601 at the known precision. */
	public String iso() {
		return switch (precision) {
			case DAY -> first.toString();
			case MONTH -> YearMonth.from(first).toString();
			case YEAR -> String.valueOf(first.getYear());
		};
	}

	/**
	 * The message key of the display pattern for this precision
	 * ({@code publication.date.DAY} …).
	 */
	public String patternKey() {
		return "publication.date." + precision.name();
	}

	@Override
	public String toString() {
		return iso();
	}

}
