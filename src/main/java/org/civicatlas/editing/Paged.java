package org.civicatlas.editing;

import java.util.List;

import org.civicatlas.system.BadRequestException;

/**
 * One page of an admin list. Lists query one page with {@code count(*) over ()}, so a
 * page costs one statement whatever the table size.
 *
 * @param number 1-based
 * @param total rows over all pages (0 when the page is past the end)
 */
public record Paged<T>(List<T> rows, int number, int size, long total) {

	public static final int SIZE = 25;

	public Paged {
		rows = List.copyOf(rows);
	}

	/**
	 * The offset of a 1-based page number; a number below 1 is a bad request (400), not
	 * an empty page.
	 */
	public static long offset(int number) {
		if (number < 1) {
			throw new BadRequestException("page must be at least 1");
		}
		return (number - 1L) * SIZE;
	}

	public long pages() {
		return (total + size - 1) / size;
	}

	public boolean hasPrevious() {
		return number > 1;
	}

	public boolean hasNext() {
		return number < pages();
	}

}
