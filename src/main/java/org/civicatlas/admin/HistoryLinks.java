package org.civicatlas.admin;

/**
 * Addresses of the history pages, for other modules' templates and controllers: a
 * record's revisions with field-level differences and a revert button are at
 * {@code /admin/history/{entity}/{id}}, where the entity is {@code city},
 * {@code district}, {@code township}, {@code program}, {@code article}, {@code metric} or
 * {@code user}.
 */
public final class HistoryLinks {

	private HistoryLinks() {
	}

	/**
	 * e.g. {@code HistoryLinks.of("article", 12)} is {@code /admin/history/article/12}.
	 */
	public static String of(String entity, Object id) {
		return "/admin/history/" + entity + "/" + id;
	}

}
