package org.civicatlas.quality;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.civicatlas.article.ArticleRepository;
import org.civicatlas.ingest.IngestPipeline;
import org.civicatlas.ingest.LinePlaces;
import org.civicatlas.ingest.PageModel;
import org.civicatlas.ingest.PageWriter;
import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.quality.PublicRoutes.Route;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.TestRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page, in Chinese and in English, is valid HTML5 by the Nu HTML Checker: the
 * sign-in page as anyone sees it, the others signed in as an administrator (who sees
 * every page), and the pages a POST answers with (form errors, the conflict view), in
 * Chinese.
 */
@PortalTest
@Import(AdminSession.class)
class AdminPagesHtmlTests {

	private static final List<String> LANGUAGES = List.of("zh-CN", "en");

	static NuHtmlChecker checker;

	@Autowired
	AdminSession sessions;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void loadChecker() {
		checker = NuHtmlChecker.load();
	}

	@TestFactory
	Stream<DynamicTest> theSignInPageIsValidHtml() {
		return tests(AdminRoutes.ANONYMOUS, sessions.anonymous());
	}

	@TestFactory
	Stream<DynamicTest> everySignedInPageIsValidHtml() {
		return tests(new AdminRoutes(context).signedIn(), sessions.admin());
	}

	/**
	 * The pages a POST answers with: forms sent empty or wrong (field errors and their
	 * summary), a merge without a target, and a save on a stale version (the conflict
	 * view). None saves anything.
	 */
	@TestFactory
	Stream<DynamicTest> formsWithErrorsAndTheConflictViewAreValidHtml() {
		AdminSession.Browser admin = sessions.admin();
		long program = id(
				"select id from program where status = 'PUBLISHED' and merged_into is null order by id limit 1");
		long article = id("select id from article where status = 'PUBLISHED' order by id limit 1");
		long metric = id("select id from metric order by id limit 1");
		String programVersion = String.valueOf(version("program", program));
		Map<String, Map<String, String>> posts = new LinkedHashMap<>();
		// the fields as a browser sends the empty form (without primarySubtype at all,
		// ProgramRules fails with a 500)
		posts.put("/admin/programs", Map.of("name", "", "primarySubtype", ""));
		posts.put("/admin/programs/" + program + "/merge", Map.of("version", programVersion));
		// an edit form's fields are all sent, empty ones as "" (a request without one is
		// a 400 page)
		posts.put("/admin/articles/" + article,
				sentEmpty(Map.of("version", String.valueOf(version("article", article))), "headline", "headlineEn",
						"subhead", "bylines", "body", "cityCode", "districtCode", "townships", "_programIds",
						"captions", "status"));
		posts.put("/admin/metrics/" + metric,
				sentEmpty(Map.of("value", "many", "version", String.valueOf(version("metric", metric))), "articleId",
						"programId", "label", "valueMax", "unit", "approx", "category", "quote"));
		posts.put("/admin/users", Map.of("username", "?"));
		Map<String, String> stale = sentEmpty(
				Map.of("name", "过时的名称", "primarySubtype", primarySubtype(program), "status", "PUBLISHED", "version",
						String.valueOf(version("program", program) + 1)),
				"nameEn", "aliases", "_secondarySubtypes", "cityCode", "districtCode", "townshipCode", "villageName",
				"description");
		return Stream.concat(
				posts.entrySet().stream().map(post -> DynamicTest.dynamicTest("errors of POST " + post.getKey(), () -> {
					HttpResponse<String> response = admin.post(post.getKey(), post.getValue());
					assertThat(response.body()).containsAnyOf("id=\"form-errors\"", "is-invalid");
					checker.assertValid(Route.page("errors", post.getKey()), "zh-CN", response);
				})), Stream.of(DynamicTest.dynamicTest("conflict view of POST /admin/programs/" + program, () -> {
					HttpResponse<String> response = admin.post("/admin/programs/" + program, stale);
					assertThat(response.body()).contains("id=\"conflict\"");
					checker.assertValid(Route.page("conflict", "/admin/programs/" + program), "zh-CN", response);
					assertThat(String.valueOf(version("program", program))).as("nothing saved")
						.isEqualTo(programVersion);
				})));
	}

	/**
	 * A page in review with its repair tools and a repair step in its history, and the
	 * answer to a repair step that breaks a rule (400): the page is uploaded by the
	 * pipeline and deleted after.
	 */
	@Test
	void aPageInReviewWithItsRepairToolsAndARefusedStepAreValidHtml() throws Exception {
		TestRecords records = new TestRecords(jdbc);
		try {
			long page = pageInReview();
			AdminSession.Browser admin = sessions.admin();
			String version = String.valueOf(version("source_page", page));
			assertThat(admin.post("/admin/pages/" + page + "/lines/discard", Map.of("lines", "1", "version", version))
				.statusCode()).isEqualTo(302);
			for (Route route : AdminRoutes.inReview(page)) {
				for (String language : LANGUAGES) {
					HttpResponse<String> response = admin.get(route.path(), language);
					assertThat(response.body()).contains("id=\"repair-tools\"", "id=\"history\"");
					checker.assertValid(route, language, response);
				}
			}
			HttpResponse<String> refused = admin.post("/admin/pages/" + page + "/lines/split",
					Map.of("lines", "1", "version", String.valueOf(version("source_page", page))));
			assertThat(refused.body()).contains("id=\"form-errors\"");
			checker.assertValid(new Route("repair-refused", "/admin/pages/" + page + "/lines/split", 400), "zh-CN",
					refused);
		}
		finally {
			records.cleanUp();
		}
	}

	/**
	 * A reader's report with a change since it came in, offered as its fix, then resolved
	 * with it: the queue in both states, the report's page and the history that links it
	 * (issue 13, item 8). The change is an English headline set through the entity, as an
	 * editor's save sets it.
	 */
	@Test
	void aReportWithItsFixAndTheHistoryThatLinksItAreValidHtml() {
		TestRecords records = new TestRecords(jdbc);
		long article = id("select id from article where status = 'PUBLISHED' order by id limit 1");
		long report = jdbc.sql("""
				insert into problem_report (target_kind, target_id, category, message, address_hash, created_at)
				values ('article', :id, 'TEXT', '标题的英文', repeat('a', 64),
				        to_timestamp((select max(revtstmp) from revinfo) / 1000.0) + interval '1 millisecond')
				returning id""").param("id", article).query(Long.class).single();
		try {
			new TransactionTemplate(context.getBean(PlatformTransactionManager.class))
				.executeWithoutResult(status -> context.getBean(ArticleRepository.class)
					.findById(article)
					.orElseThrow()
					.headlineInEnglish("An English headline"));
			AdminSession.Browser admin = sessions.admin();
			for (String language : LANGUAGES) {
				HttpResponse<String> queue = admin.get("/admin/reports", language);
				assertThat(queue.body()).contains("name=\"fix\"");
				checker.assertValid(new Route("admin-reports-changes", "/admin/reports", 200), language, queue);
			}
			int rev = jdbc.sql("select rev from problem_report_changes(:id)")
				.param("id", report)
				.query(Integer.class)
				.single();
			assertThat(
					admin
						.post("/admin/reports/" + report,
								Map.of("status", "RESOLVED", "version", "0", "shown", "OPEN", "fix",
										String.valueOf(rev)))
						.statusCode())
				.isEqualTo(302);
			for (Route route : List.of(Route.page("admin-reports-fixed", "/admin/reports?status=RESOLVED"),
					Route.page("admin-report", "/admin/reports/" + report),
					Route.page("admin-history-fix", "/admin/history/article/" + article))) {
				for (String language : LANGUAGES) {
					HttpResponse<String> response = admin.get(route.path(), language);
					assertThat(response.body()).containsAnyOf("#rev-" + rev, "/admin/reports/" + report + "\"");
					checker.assertValid(route, language, response);
				}
			}
		}
		finally {
			jdbc.sql("delete from problem_report where id = :id").param("id", report).update();
			jdbc.sql("update article set headline_en = null where id = :id").param("id", article).update();
			records.cleanUp();
		}
	}

	/** The synthetic repair page stored for review as an upload stores it. */
	private long pageInReview() throws Exception {
		byte[] content = new ClassPathResource("pages/repair-merged.txt").getInputStream().readAllBytes();
		PageModel model = context.getBean(IngestPipeline.class).ingest("repair-merged.txt", content, Corrections.NONE);
		DataSource dataSource = context.getBean(DataSource.class);
		try (Connection connection = dataSource.getConnection()) {
			long page = new PageWriter(connection).write(model, PageWriter.Mode.REVIEW, null);
			List<Long> articles = jdbc.sql("select id from article where source_page_id = :p order by position")
				.param("p", page)
				.query(Long.class)
				.list();
			LinePlaces.write(connection, page, LinePlaces.of(model, articles));
			return page;
		}
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private long version(String table, long id) {
		return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
	}

	private String primarySubtype(long program) {
		return jdbc.sql("select subtype_key from program_subtype_link where program_id = :id and position = 0")
			.param("id", program)
			.query(String.class)
			.single();
	}

	private static Stream<DynamicTest> tests(List<Route> routes, AdminSession.Browser browser) {
		return routes.stream()
			.flatMap(route -> LANGUAGES.stream()
				.map(language -> DynamicTest.dynamicTest(route + " [" + language + "]",
						() -> checker.assertValid(route, language, browser.get(route.path(), language)))));
	}

	/**
	 * These values, and the other fields of the form as a browser sends them left empty.
	 */
	private static Map<String, String> sentEmpty(Map<String, String> values, String... emptyFields) {
		Map<String, String> form = new LinkedHashMap<>(values);
		for (String field : emptyFields) {
			form.put(field, "");
		}
		return form;
	}

}
