package org.civicatlas.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One page of a list, public or admin: the one paging model. Page numbers start at 1; a
 * number below 1 is a bad request (400), a page past the last one does not exist
 * ({@link PastLastPageException}, 404), except page 1 of an empty list, which simply
 * shows that nothing matches. A list reads its page with {@link #query}, which counts the
 * rows of all pages in the same statement.
 *
 * @param number 1-based
 * @param total rows over all pages
 */
public record Paged<T>(List<T> rows, int number, int size, long total) {

	/** Rows on a page of an admin list. */
	public static final int SIZE = 25;

	/**
	 * Page links shown on each side of the current one, besides the first and the last.
	 */
	private static final int WINDOW = 2;

	public Paged {
		rows = List.copyOf(rows);
		if (rows.isEmpty() && number > 1) {
			throw new PastLastPageException(number);
		}
	}

	/** The first row of a page, for SQL's {@code offset}; the page must be 1 or more. */
	public static long offset(int number, int size) {
		if (number < 1) {
			throw new BadRequestException("page " + number);
		}
		return (number - 1L) * size;
	}

	/**
	 * Runs a page's statement: binds {@code :limit} and {@code :offset}, maps each row
	 * and reads the rows of all pages from its column {@code total}, which the statement
	 * selects as {@code count(*) over ()} (or any count in the same statement).
	 */
	public static <T> Paged<T> query(JdbcClient.StatementSpec statement, int number, int size, RowMapper<T> mapper) {
		List<Counted<T>> counted = statement.param("limit", size)
			.param("offset", offset(number, size))
			.query((rs, n) -> new Counted<>(mapper.mapRow(rs, n), rs.getLong("total")))
			.list();
		return new Paged<>(counted.stream().map(Counted::row).toList(), number, size,
				counted.isEmpty() ? 0 : counted.get(0).total());
	}

	/** A page of a list already in memory. */
	public static <T> Paged<T> of(List<T> all, int number, int size) {
		long offset = offset(number, size);
		int from = (int) Math.min(all.size(), offset);
		return new Paged<>(all.subList(from, (int) Math.min(all.size(), offset + size)), number, size, all.size());
	}

	public <R> Paged<R> map(Function<T, R> mapper) {
		return new Paged<>(rows.stream().map(mapper).toList(), number, size, total);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}

	/** The 1-based position of the page's first row; 0 for an empty list. */
	public long first() {
		return rows.isEmpty() ? 0 : (number - 1L) * size + 1;
	}

	/** The 1-based position of the page's last row. */
	public long last() {
		return (number - 1L) * size + rows.size();
	}

	/**
	 * The page numbers the pager links: the first, the last and those near this one, a
	 * {@code null} standing for a gap.
	 */
	public List<Integer> window() {
		int last = pages();
		List<Integer> numbers = new ArrayList<>();
		numbers.add(1);
		int from = Math.max(2, number - WINDOW);
		int to = Math.min(last - 1, number + WINDOW);
		if (from > 2) {
			numbers.add(null);
		}
		for (int page = from; page <= to; page++) {
			numbers.add(page);
		}
		if (to < last - 1) {
			numbers.add(null);
		}
		if (last > 1) {
			numbers.add(last);
		}
		return numbers;
	}

	private record Counted<T>(T row, long total) {
	}

}
