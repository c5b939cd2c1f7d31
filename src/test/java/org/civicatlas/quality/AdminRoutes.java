package org.civicatlas.quality;

import java.util.List;

import org.civicatlas.quality.PublicRoutes.Route;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every admin HTML page that a GET shows, each with a representative URL, for the HTML
 * checker and axe: the sign-in page (anonymous) and the pages behind it (signed in as an
 * administrator, who also sees the user pages). Ids and codes are looked up in the seeded
 * database. Pages that only a POST shows (form errors, the conflict view) and the review
 * of a page still in review are checked in the editor flows, which create them.
 */
public final class AdminRoutes {

	/**
	 * The sign-in page, as it first shows, after a failed attempt and after signing out:
	 * anyone may open it.
	 */
	public static final List<Route> ANONYMOUS = List.of(Route.page("admin-login", "/admin/login"),
			Route.page("admin-login-failed", "/admin/login?error"),
			Route.page("admin-login-signed-out", "/admin/login?signedOut"));

	private final JdbcClient jdbc;

	public AdminRoutes(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
	}

	/** The pages behind the sign-in, as an administrator. */
	public List<Route> signedIn() {
		long article = first("select id from article where status = 'PUBLISHED' order by id limit 1");
		long program = first(
				"select id from program where status = 'PUBLISHED' and merged_into is null order by id limit 1");
		long otherProgram = first(
				"""
						select id from program where status = 'PUBLISHED' and merged_into is null order by id offset 1 limit 1""");
		long metric = first("select id from metric order by id limit 1");
		long page = first("select id from source_page order by id limit 1");
		long user = first("select id from app_user order by id limit 1");
		String township = jdbc.sql("""
				select t.township_code from article_township t where t.article_id = :article
				order by t.township_code limit 1""").param("article", article).query(String.class).single();
		return List.of(Route.page("admin-dashboard", "/admin"), Route.page("admin-password", "/admin/password"),
				Route.page("admin-pages", "/admin/pages"), Route.page("admin-page", "/admin/pages/" + page),
				Route.page("admin-articles", "/admin/articles"),
				Route.page("admin-articles-search", "/admin/articles?q=%E4%B9%A1%E8%B4%A4&status=PUBLISHED"),
				Route.page("admin-article", "/admin/articles/" + article + "/edit"),
				Route.page("admin-article-delete", "/admin/articles/" + article + "/delete"),
				Route.page("admin-programs", "/admin/programs"), Route.page("admin-program-new", "/admin/programs/new"),
				Route.page("admin-program", "/admin/programs/" + program + "/edit"),
				Route.page("admin-program-merge", "/admin/programs/" + program + "/merge"),
				Route.page("admin-program-delete", "/admin/programs/" + program + "/delete"),
				Route.page("admin-metrics", "/admin/metrics"),
				Route.page("admin-metric-new", "/admin/metrics/new?article=" + article),
				Route.page("admin-metric", "/admin/metrics/" + metric + "/edit"),
				Route.page("admin-metric-delete", "/admin/metrics/" + metric + "/delete"),
				Route.page("admin-places", "/admin/places?q=%E5%8C%97%E6%B5%B7"),
				Route.page("admin-place", "/admin/places/" + township), Route.page("admin-users", "/admin/users"),
				Route.page("admin-user-new", "/admin/users/new"), Route.page("admin-user", "/admin/users/" + user),
				Route.page("admin-history", "/admin/history"),
				Route.page("admin-history-article", "/admin/history/article/" + article),
				Route.page("admin-history-program", "/admin/history/program/" + program),
				// issue 15: the merge's searchable target and preview, the revert preview
				Route.page("admin-program-merge-search", "/admin/programs/" + program + "/merge?q=%E8%AE%AE%E4%BA%8B"),
				Route.page("admin-program-merge-preview",
						"/admin/programs/" + program + "/merge?target=" + otherProgram),
				Route.page("admin-history-revert", "/admin/history/article/" + article + "/revert/1"),
				// issue 13 (readers3): the readers' reports
				Route.page("admin-reports", "/admin/reports"),
				Route.page("admin-reports-resolved", "/admin/reports?status=RESOLVED"));
	}

	private long first(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/**
	 * The review of a page still in review, with its repair tools and its history: only a
	 * test that uploaded such a page (the seeded database has none) can check it.
	 */
	public static List<Route> inReview(long page) {
		return List.of(Route.page("admin-page-in-review", "/admin/pages/" + page));
	}

}
