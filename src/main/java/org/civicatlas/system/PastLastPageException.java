package org.civicatlas.system;

/**
 * A page number past the last page of a list: the 404 page, which says so and leads to
 * the list's first page ({@link PastLastPageAdvice}). The same in public and admin lists.
 */
public class PastLastPageException extends NotFoundException {

	private final int number;

	public PastLastPageException(int number) {
		super("page " + number);
		this.number = number;
	}

	public int number() {
		return number;
	}

}
