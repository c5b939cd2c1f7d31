package org.civicatlas.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One field of a stale edit: what the record holds now and what the editor submitted. The
 * conflict view lists them side by side, so that nobody's change is overwritten unseen.
 *
 * @param labelKey the message key of the field's label
 */
public record FieldChange(String labelKey, String current, String yours) {

	/**
	 * The fields whose values differ, in the order of {@code current}; both maps are
	 * keyed by label key.
	 */
	public static List<FieldChange> differences(Map<String, String> current, Map<String, String> yours) {
		List<FieldChange> changes = new ArrayList<>();
		current.forEach((key, value) -> {
			if (!Objects.equals(value, yours.get(key))) {
				changes.add(new FieldChange(key, value, yours.get(key)));
			}
		});
		return changes;
	}

	public List<String> currentLines() {
		return TextFields.lines(current);
	}

	public List<String> yourLines() {
		return TextFields.lines(yours);
	}

}
