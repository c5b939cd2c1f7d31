package org.civicatlas.admin.history;

import java.util.List;

/**
 * A field's value as the history page prints it: literal text, or a message key for values that
 * read differently per language (yes, no, nothing).
 */
record DisplayValue(String text, String messageKey) {

	static final DisplayValue NONE = new DisplayValue(null, "admin.value.none");

	static DisplayValue of(Object value) {
		if (value == null) {
			return NONE;
		}
		if (value instanceof Boolean flag) {
			return new DisplayValue(null, flag ? "admin.value.yes" : "admin.value.no");
		}
		if (value instanceof List<?> list) {
			return list.isEmpty() ? NONE : new DisplayValue(String.join(" · ", list.stream().map(String::valueOf).toList()), null);
		}
		return new DisplayValue(String.valueOf(value), null);
	}

}
