package org.civicatlas.admin.history;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Turns a record's history into what a person reads: place, program, subtype, article and
 * page names instead of codes and ids (one statement for the whole page), status and role
 * words in the reader's language, long texts as a character-level difference
 * ({@link TextDiff}).
 */
@Component
class HistoryDisplay {

	/**
	 * Texts longer than this, or of several lines, are shown as a difference rather than
	 * old → new.
	 */
	private static final int SHORT_TEXT = 40;

	/** Columns and collections that hold a reference, by the kind of record they name. */
	private static final Map<String, String> REFERENCES = Map.of("city_code", "place", "district_code", "place",
			"township_code", "place", "townships", "place", "programs", "program", "program_id", "program",
			"merged_into", "program", "subtypes", "subtype", "article_id", "article", "source_page_id", "page");

	/** Columns whose values are words of the bundles, by their key prefix. */
	private static final Map<String, String> WORDS = Map.of("status", "editing.status.", "role", "admin.role.",
			"category", "editing.metric.category.");

	private static final String NAMES = """
			select 'place' as kind, code as key, case when :english then coalesce(name_en, name) else name end as name
			  from city where code = any (:place)
			union all
			select 'place', code, case when :english then coalesce(name_en, name) else name end from district where code = any (:place)
			union all
			select 'place', code, case when :english then coalesce(name_en, name) else name end from township where code = any (:place)
			union all
			select 'program', id::text, name from program where id::text = any (:program)
			union all
			select 'subtype', key, case when :english then name_en else name_zh end from program_subtype where key = any (:subtype)
			union all
			select 'article', id::text, headline from article where id::text = any (:article)
			union all
			select 'page', id::text, file_name from source_page where id::text = any (:page)
			""";

	private static final Map<AuditedEntity, String> CREATED = Map.of(AuditedEntity.ARTICLE, """
			select a.created_at, p.file_name, u.username from article a
			  join source_page p on p.id = a.source_page_id left join app_user u on u.id = p.uploaded_by
			 where a.id = ?""", AuditedEntity.METRIC, """
			select m.created_at, p.file_name, u.username from metric m join article a on a.id = m.article_id
			  join source_page p on p.id = a.source_page_id left join app_user u on u.id = p.uploaded_by
			 where m.id = ?""", AuditedEntity.PROGRAM,
			"select created_at, null as file_name, null as username from program where id = ?");

	private final JdbcClient jdbc;

	HistoryDisplay(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The revisions shown (a page of the history) as read; the creation by an upload with
	 * the oldest.
	 */
	HistoryView show(AuditedEntity entity, RecordHistory history, List<RecordHistory.RevisionDiff> shown,
			boolean english) {
		Map<String, String> names = names(shown.stream().flatMap(revision -> revision.changes().stream()).toList(),
				english);
		Map<Integer, List<HistoryView.Shown>> changes = new HashMap<>();
		for (RecordHistory.RevisionDiff revision : shown) {
			changes.put(revision.rev(), revision.changes().stream().map(change -> shown(change, names)).toList());
		}
		boolean oldestShown = shown.contains(history.revisions().get(history.revisions().size() - 1));
		return new HistoryView(changes, oldestShown ? created(entity, history) : null);
	}

	/** The changes between two states of a record, as shown (the revert preview). */
	List<HistoryView.Shown> show(List<RecordHistory.FieldChange> changes, boolean english) {
		Map<String, String> names = names(changes, english);
		return changes.stream().map(change -> shown(change, names)).toList();
	}

	private HistoryView.Shown shown(RecordHistory.FieldChange change, Map<String, String> names) {
		DisplayValue before = named(change.field(), change.before(), names);
		DisplayValue after = named(change.field(), change.after(), names);
		boolean longText = before.isText() && after.isText() && (isLong(before.text()) || isLong(after.text()));
		return new HistoryView.Shown(change.field(), before, after,
				longText ? TextDiff.of(before.text(), after.text()) : null);
	}

	private static DisplayValue named(String field, DisplayValue value, Map<String, String> names) {
		String kind = REFERENCES.get(field);
		if (kind != null && value.text() != null) {
			List<String> keys = value.items().isEmpty() ? List.of(value.text()) : value.items();
			return DisplayValue.text(keys.stream()
				.map(key -> names.getOrDefault(kind + ":" + key(kind, key), key))
				.collect(Collectors.joining(" · ")));
		}
		if (WORDS.containsKey(field) && value.isText()) {
			return DisplayValue.word(WORDS.get(field) + value.text());
		}
		return value;
	}

	/**
	 * Subtypes are audited as "position:key" (the primary at 0); the others as their key.
	 */
	private static String key(String kind, String element) {
		return "subtype".equals(kind) ? element.substring(element.indexOf(':') + 1) : element;
	}

	/**
	 * The names of every record the changes refer to, in one statement (none when they
	 * refer to none).
	 */
	private Map<String, String> names(List<RecordHistory.FieldChange> changes, boolean english) {
		Map<String, Set<String>> keys = new LinkedHashMap<>();
		for (String kind : Set.of("place", "program", "subtype", "article", "page")) {
			keys.put(kind, new HashSet<>());
		}
		for (RecordHistory.FieldChange change : changes) {
			String kind = REFERENCES.get(change.field());
			if (kind != null) {
				for (DisplayValue value : List.of(change.before(), change.after())) {
					if (value.text() != null) {
						(value.items().isEmpty() ? List.of(value.text()) : value.items())
							.forEach(item -> keys.get(kind).add(key(kind, item)));
					}
				}
			}
		}
		Map<String, String> names = new HashMap<>();
		if (keys.values().stream().allMatch(Set::isEmpty)) {
			return names;
		}
		var query = jdbc.sql(NAMES).param("english", english);
		for (Map.Entry<String, Set<String>> entry : keys.entrySet()) {
			query = query.param(entry.getKey(), entry.getValue().toArray(String[]::new));
		}
		query.query((rs, n) -> names.put(rs.getString("kind") + ":" + rs.getString("key"), rs.getString("name")))
			.list();
		return names;
	}

	/**
	 * A record an upload wrote has no history of its creation: its oldest revision is a
	 * change. Then the page says when it was created, and from which page, instead of
	 * leaving it unsaid.
	 */
	private HistoryView.Created created(AuditedEntity entity, RecordHistory history) {
		List<RecordHistory.RevisionDiff> revisions = history.revisions();
		RecordHistory.RevisionDiff oldest = revisions.get(revisions.size() - 1);
		if (oldest.kind() == Change.Kind.ADDED || oldest.rev() <= HistoryQueries.BASELINE
				|| !CREATED.containsKey(entity) || history.currentVersion() == null) {
			return null;
		}
		return jdbc.sql(CREATED.get(entity))
			.param(Long.valueOf(history.id()))
			.query((rs, n) -> new HistoryView.Created(HistoryQueries.at(rs.getTimestamp("created_at").getTime()),
					rs.getString("file_name"), rs.getString("username")))
			.optional()
			.orElse(null);
	}

	private static boolean isLong(String text) {
		return text.length() > SHORT_TEXT || text.contains("\n");
	}

}
