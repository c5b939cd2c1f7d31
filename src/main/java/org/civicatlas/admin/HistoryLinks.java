package org.civicatlas.admin;

/**
 * Addresses of the history pages, for other modules' templates and controllers: a record's
 * revisions with field-level differences and a revert button are at
 * {@code /admin/history/{entity}/{id}}, where the entity is one of {@link #ENTITIES}.
 */
public final class HistoryLinks {

	/** The entity keys the history knows, as they appear in its URLs. */
	public static final String[] ENTITIES = { "city", "district", "township", "program", "article", "metric",
			"user" };

	private HistoryLinks() {
	}

	/** e.g. {@code HistoryLinks.of("article", 12)} is {@code /admin/history/article/12}. */
	public static String of(String entity, Object id) {
		return "/admin/history/" + entity + "/" + id;
	}

}
