package org.civicatlas.quality;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every public HTML page of the portal, each with a representative URL, in one place: the
 * HTML checker, axe and the screenshots run over this list. Adding a page is one line in
 * {@link #all()}. Ids and codes are looked up in the seeded database (the first published
 * article, program and their places), so the list follows the seed data.
 */
public final class PublicRoutes {

	private final JdbcClient jdbc;

	private final RequestMappingHandlerMapping handlers;

	public PublicRoutes(ApplicationContext context) {
		this.jdbc = context.getBean(JdbcClient.class);
		this.handlers = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
	}

	/** The pages; {@code name} names the screenshots. */
	public List<Route> all() {
		String article = firstPublishedArticle();
		return List.of(Route.page("home", "/"), Route.page("places", "/places"),
				Route.page("place-city", "/places/" + articlePlace("city_code")),
				Route.page("place-district", "/places/" + articlePlace("district_code")),
				Route.page("place-township", "/places/" + firstArticleTownship()), Route.page("programs", "/programs"),
				Route.page("programs-type", "/programs?type=" + firstProgramType()),
				Route.page("program", "/programs/" + firstPublishedProgram()), Route.page("articles", "/articles"),
				Route.page("article", "/articles/" + article),
				Route.page("article-source", "/articles/" + article + "/source"), Route.page("metrics", "/metrics"),
				Route.page("search", "/search?q=" + URLEncoder.encode("乡贤", StandardCharsets.UTF_8)),
				Route.page("open-data", "/open-data"),
				// issue 13 (readers)
				Route.page("cite-article", "/cite/article/" + article),
				Route.page("cite-program", "/cite/program/" + firstPublishedProgram()),
				Route.page("article-source-line", "/articles/" + article + "/source?line=3"),
				// issue 13 (readers2): authors, search help
				Route.page("author",
						"/authors/" + URLEncoder.encode(firstByline(), StandardCharsets.UTF_8).replace("+", "%20")),
				Route.page("search-no-results", "/search?q=" + URLEncoder.encode("乡闲", StandardCharsets.UTF_8)),
				// issue 13 (readers3): problem reports, English search
				Route.page("report-article", "/reports/new?kind=article&id=" + article),
				Route.page("report-program", "/reports/new?kind=program&id=" + firstPublishedProgram()),
				Route.page("report-sent", "/reports/sent?kind=article&id=" + article),
				Route.page("search-english", "/search?q=village+sages&lang=en"),
				Route.page("spread", "/spread?type=" + firstProgramType()), Route.page("spread-types", "/spread"),
				new Route("not-found", "/no-such-page", 404), new Route("bad-request", "/programs?page=0", 400),
				// issue 14 (paging): one pager on every list, one 404 page past the last
				// page
				Route.page("search-kind",
						"/search?q=" + URLEncoder.encode("乡贤", StandardCharsets.UTF_8) + "&kind=programs"),
				new Route("past-last-page", "/articles?page=9999", 404));
	}

	/**
	 * Fails unless this build has a controller for the route. A page whose controller
	 * went missing would otherwise be checked as the 404 page it answers with (valid,
	 * accessible, screenshot taken) and pass; skipping it would hide it among the
	 * skipped.
	 */
	public void assertServed(Route route) {
		if (route.status() != 200) {
			return;
		}
		PathContainer path = PathContainer.parsePath(route.path().replaceFirst("\\?.*", ""));
		boolean mapped = handlers.getHandlerMethods()
			.keySet()
			.stream()
			.filter(PublicRoutes::answersGet)
			.flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
			.anyMatch(pattern -> pattern.matches(path));
		if (!mapped) {
			throw new AssertionError(
					"No controller maps " + route.path() + ": remove the route or bring the page back");
		}
	}

	private static boolean answersGet(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return info.getPathPatternsCondition() != null && (methods.isEmpty() || methods.contains(RequestMethod.GET));
	}

	private String firstByline() {
		return jdbc.sql(
				"select bylines[1] from article where status = 'PUBLISHED' and cardinality(bylines) > 0 order by id limit 1")
			.query(String.class)
			.single();
	}

	private String firstPublishedArticle() {
		return jdbc.sql("select id::text from article where status = 'PUBLISHED' order by id limit 1")
			.query(String.class)
			.single();
	}

	private String articlePlace(String column) {
		return jdbc
			.sql("select " + column + " from article where status = 'PUBLISHED' and " + column
					+ " is not null order by id limit 1")
			.query(String.class)
			.single();
	}

	private String firstArticleTownship() {
		return jdbc.sql("""
				select t.township_code from article_township t join article a on a.id = t.article_id
				where a.status = 'PUBLISHED' order by a.id, t.township_code limit 1""").query(String.class).single();
	}

	private String firstPublishedProgram() {
		return jdbc.sql("""
				select id::text from program where status = 'PUBLISHED' and merged_into is null
				order by id limit 1""").query(String.class).single();
	}

	/** The type of the first published program: a filter with results. */
	private String firstProgramType() {
		return jdbc.sql("""
				select s.type_key from program p
				join program_subtype_link l on l.program_id = p.id and l.position = 0
				join program_subtype s on s.key = l.subtype_key
				where p.status = 'PUBLISHED' and p.merged_into is null order by p.id limit 1""")
			.query(String.class)
			.single();
	}

	/**
	 * A page: its name, a representative path (with query) and the status it answers
	 * with.
	 */
	public record Route(String name, String path, int status) {

		static Route page(String name, String path) {
			return new Route(name, path, 200);
		}

		@Override
		public String toString() {
			return name + " " + path;
		}

	}

}
