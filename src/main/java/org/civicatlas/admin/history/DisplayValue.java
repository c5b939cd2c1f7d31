package org.civicatlas.admin.history;

import java.util.List;

/**
 * A field's value as the history page prints it: literal text, or a message key for
 * values that read differently per language (yes, no, nothing, a status). A collection
 * keeps its elements ({@code items}), so that {@link HistoryDisplay} can name each one.
 */
record DisplayValue(String text, String messageKey, List<String> items) {

	static final DisplayValue NONE = new DisplayValue(null, "admin.value.none", List.of());

	static DisplayValue of(Object value) {
		if (value == null) {
			return NONE;
		}
		if (value instanceof Boolean flag) {
			return word(flag ? "admin.value.yes" : "admin.value.no");
		}
		if (value instanceof List<?> list) {
			List<String> items = list.stream().map(String::valueOf).toList();
			return list.isEmpty() ? NONE : new DisplayValue(String.join(" · ", items), null, items);
		}
		return new DisplayValue(String.valueOf(value), null, List.of());
	}

	static DisplayValue word(String messageKey) {
		return new DisplayValue(null, messageKey, List.of());
	}

	static DisplayValue text(String text) {
		return new DisplayValue(text, null, List.of());
	}

	boolean isText() {
		return text != null && items.isEmpty();
	}

}
