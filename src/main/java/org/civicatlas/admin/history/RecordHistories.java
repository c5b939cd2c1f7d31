package org.civicatlas.admin.history;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a record's audit rows into revisions with field-level differences (old → new).
 */
@Service
class RecordHistories {

	private final HistoryQueries queries;

	RecordHistories(HistoryQueries queries) {
		this.queries = queries;
	}

	@Transactional(readOnly = true)
	RecordHistory find(AuditedEntity entity, Object id) {
		List<HistoryQueries.AuditRow> rows = queries.revisions(entity, id);
		if (rows.isEmpty()) {
			throw new NotFoundException(entity.key() + " " + id);
		}
		Map<String, Map<Integer, List<String>>> collections = new LinkedHashMap<>();
		for (AuditedEntity.Collection collection : entity.collections()) {
			collections.put(collection.field(), statesByRevision(queries.elementChanges(collection, id), rows));
		}
		Long version = queries.currentVersion(entity, id).orElse(null);
		List<RecordHistory.RevisionDiff> diffs = new ArrayList<>();
		Map<String, Object> before = Map.of();
		for (int i = 0; i < rows.size(); i++) {
			HistoryQueries.AuditRow row = rows.get(i);
			Map<String, Object> after = new LinkedHashMap<>(row.values());
			after.remove(entity.idColumn());
			collections.forEach((field, states) -> after.put(field, states.get(row.rev())));
			diffs.add(new RecordHistory.RevisionDiff(row.rev(), row.at(), row.username(), row.kind(),
					changes(before, after), i == rows.size() - 1));
			before = after;
		}
		Collections.reverse(diffs);
		Object label = rows.get(rows.size() - 1).values().get(entity.labelColumn());
		return new RecordHistory(entity.key(), String.valueOf(id), Objects.toString(label, ""), version, diffs);
	}

	/**
	 * What reverting the record to a revision would change, field by field: from its
	 * latest revision to that one, as the revert preview shows it before anything is
	 * saved.
	 */
	@Transactional(readOnly = true)
	List<RecordHistory.FieldChange> revertChanges(AuditedEntity entity, Object id, int rev) {
		List<HistoryQueries.AuditRow> rows = queries.revisions(entity, id);
		HistoryQueries.AuditRow target = rows.stream()
			.filter(row -> row.rev() == rev)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(entity.key() + " " + id + " at revision " + rev));
		Map<String, Map<Integer, List<String>>> collections = new LinkedHashMap<>();
		for (AuditedEntity.Collection collection : entity.collections()) {
			collections.put(collection.field(), statesByRevision(queries.elementChanges(collection, id), rows));
		}
		return changes(state(entity, rows.get(rows.size() - 1), collections), state(entity, target, collections));
	}

	private static Map<String, Object> state(AuditedEntity entity, HistoryQueries.AuditRow row,
			Map<String, Map<Integer, List<String>>> collections) {
		Map<String, Object> state = new LinkedHashMap<>(row.values());
		state.remove(entity.idColumn());
		collections.forEach((field, states) -> state.put(field, states.get(row.rev())));
		return state;
	}

	/**
	 * The collection's elements after each of the record's revisions, replaying its
	 * additions and removals.
	 */
	private static Map<Integer, List<String>> statesByRevision(List<HistoryQueries.ElementChange> changes,
			List<HistoryQueries.AuditRow> rows) {
		Map<Integer, List<String>> states = new HashMap<>();
		TreeSet<String> elements = new TreeSet<>();
		int next = 0;
		for (HistoryQueries.AuditRow row : rows) {
			while (next < changes.size() && changes.get(next).rev() <= row.rev()) {
				HistoryQueries.ElementChange change = changes.get(next++);
				if (change.kind() == Change.Kind.DELETED) {
					elements.remove(change.element());
				}
				else {
					elements.add(change.element());
				}
			}
			states.put(row.rev(), List.copyOf(elements));
		}
		return states;
	}

	private static List<RecordHistory.FieldChange> changes(Map<String, Object> before, Map<String, Object> after) {
		List<RecordHistory.FieldChange> changes = new ArrayList<>();
		after.forEach((field, value) -> {
			// compared as printed, so that an empty list and no list at all are no change
			DisplayValue old = DisplayValue.of(before.get(field));
			DisplayValue now = DisplayValue.of(value);
			if (!old.equals(now)) {
				changes.add(new RecordHistory.FieldChange(field, old, now));
			}
		});
		return changes;
	}

}
