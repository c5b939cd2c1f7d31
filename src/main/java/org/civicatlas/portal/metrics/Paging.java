package org.civicatlas.portal.metrics;

import org.civicatlas.system.BadRequestException;

/**
 * One page of a filtered list. Page numbers start at 1; a page past the last one is a bad
 * request, except page 1 of an empty list, which simply shows that nothing matches.
 */
public record Paging(int page, int size, long total) {

	/**
	 * The first row of the page, for SQL's {@code offset}; the page must be 1 or more.
	 */
	public static long offset(int page, int size) {
		if (page < 1) {
			throw new BadRequestException("page " + page);
		}
		return (long) (page - 1) * size;
	}

	/** Checks that a page the query answered lies within the list. */
	public static Paging of(int page, int size, long total, int rowsOnPage) {
		if (rowsOnPage == 0 && page > 1) {
			throw new BadRequestException("page " + page + " is past the last one");
		}
		return new Paging(page, size, total);
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	public long first() {
		return total == 0 ? 0 : (long) (page - 1) * size + 1;
	}

	public long last() {
		return Math.min(total, (long) page * size);
	}

}
