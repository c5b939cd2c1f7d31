package org.civicatlas.admin.history;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.civicatlas.admin.user.AppUser;
import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleVillage;
import org.civicatlas.metric.Metric;
import org.civicatlas.place.City;
import org.civicatlas.place.District;
import org.civicatlas.place.Township;
import org.civicatlas.program.Program;

/**
 * The records whose history the admin pages show, as they appear in URLs
 * ({@code /admin/history/township/…}) and in the audit tables that V6__audit.sql creates.
 */
enum AuditedEntity {

	CITY("city", City.class, "city", "code", "^33[0-9]{2}$", "name"),
	DISTRICT("district", District.class, "district", "code", "^33[0-9]{4}$", "name"),
	TOWNSHIP("township", Township.class, "township", "code", "^33[0-9]{7}$", "name"),
	PROGRAM("program", Program.class, "program", "id", "^[0-9]{1,18}$", "name",
			new Collection("subtypes", "subtypeKeys", "program_subtype_link", "program_id", "position, subtype_key",
					"position || ':' || subtype_key", (row, em) -> row.get("subtype_key"))),
	ARTICLE("article", Article.class, "article", "id", "^[0-9]{1,18}$", "headline",
			new Collection("townships", "townships", "article_township", "article_id", "township_code", "township_code",
					(row, em) -> em.getReference(Township.class, row.get("township_code"))),
			new Collection("villages", "villages", "article_village", "article_id", "name, village_code",
					"name || coalesce(' (' || village_code || ')', '')",
					(row, em) -> new ArticleVillage((String) row.get("name"), (String) row.get("village_code"))),
			new Collection("programs", "programs", "article_program", "article_id", "program_id", "program_id::text",
					(row, em) -> em.getReference(Program.class, row.get("program_id")))),
	METRIC("metric", Metric.class, "metric", "id", "^[0-9]{1,18}$", "label"),
	USER("user", AppUser.class, "app_user", "id", "^[0-9]{1,18}$", "username");

	/**
	 * A collection stored in its own table (an element collection or a many-to-many
	 * link), the entity's {@code property}: its audit rows add and delete elements,
	 * identified by {@code keyColumns}, shown as {@code display}, and made into elements
	 * again by {@code element} from those columns when a revision is reverted.
	 */
	record Collection(String field, String property, String table, String ownerColumn, String keyColumns,
			String display, BiFunction<Map<String, Object>, EntityManager, Object> element) {
	}

	private final String key;

	private final Class<?> type;

	private final String table;

	private final String idColumn;

	private final Pattern idShape;

	private final String labelColumn;

	private final List<Collection> collections;

	AuditedEntity(String key, Class<?> type, String table, String idColumn, String idShape, String labelColumn,
			Collection... collections) {
		this.key = key;
		this.type = type;
		this.table = table;
		this.idColumn = idColumn;
		this.idShape = Pattern.compile(idShape);
		this.labelColumn = labelColumn;
		this.collections = List.of(collections);
	}

	static Optional<AuditedEntity> byKey(String key) {
		for (AuditedEntity entity : values()) {
			if (entity.key.equals(key)) {
				return Optional.of(entity);
			}
		}
		return Optional.empty();
	}

	String key() {
		return key;
	}

	Class<?> type() {
		return type;
	}

	String table() {
		return table;
	}

	String idColumn() {
		return idColumn;
	}

	String labelColumn() {
		return labelColumn;
	}

	List<Collection> collections() {
		return collections;
	}

	/**
	 * The id as the entity types it, or empty when the text cannot be one (a 400, not a
	 * 404).
	 */
	Optional<Object> parseId(String text) {
		if (!idShape.matcher(text).matches()) {
			return Optional.empty();
		}
		return Optional.of("id".equals(idColumn) ? (Object) Long.valueOf(text) : text);
	}

}
