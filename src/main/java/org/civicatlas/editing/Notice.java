package org.civicatlas.editing;

import java.io.Serializable;
import java.util.List;

/**
 * A message for the page after a redirect (a flash attribute): its bundle key and
 * arguments, and its style: {@code success}, {@code warning} (done, but look) or
 * {@code danger} (not done).
 */
public record Notice(String key, List<Object> args, String style) implements Serializable {

	public static final String ATTRIBUTE = "notice";

	public static Notice success(String key, Object... args) {
		return new Notice(key, List.of(args), "success");
	}

	public static Notice warning(String key, Object... args) {
		return new Notice(key, List.of(args), "warning");
	}

	public static Notice problem(String key, Object... args) {
		return new Notice(key, List.of(args), "danger");
	}

	public Object[] arguments() {
		return args.toArray();
	}

	/** Screen readers announce a success politely and anything else at once. */
	public String role() {
		return "success".equals(style) ? "status" : "alert";
	}

}
