package org.civicatlas.system;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request no page can answer (an unknown filter value, a page past the last, a
 * malformed code): the 400 page, not a 500. The reason is logged, never shown (the error
 * page shows no message).
 */
public class BadRequestException extends ResponseStatusException {

	public BadRequestException(String why) {
		super(HttpStatus.BAD_REQUEST, why);
	}

}
