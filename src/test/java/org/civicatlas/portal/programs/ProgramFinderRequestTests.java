package org.civicatlas.portal.programs;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.portal.programs.FinderClient.encode;

/**
 * How the finder answers requests: htmx or not, JavaScript or not, bad input, and at what
 * cost in SQL.
 */
@PortalTest
class ProgramFinderRequestTests {

	/**
	 * The data version, the taxonomy, the place scope, the facet counts, one page of
	 * results.
	 */
	private static final int STATEMENTS = 5;

	private static final String SAGES = "village_sages_united_front";

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Test
	void htmxGetsTheFinderAloneAndABrowserTheWholePage() {
		HttpResponse<String> fragment = htmx("/programs?type=" + SAGES + "&q=&sort=articles");
		assertThat(fragment.statusCode()).isEqualTo(200);
		assertThat(fragment.body().strip()).startsWith("<div id=\"programs-finder\"")
			.doesNotContain("<html")
			.doesNotContain("<h1");
		assertThat(new FinderHtml(fragment.body()).total())
			.isEqualTo(new FinderHtml(http.get("/programs?type=" + SAGES).body()).total());
		assertThat(fragment.headers().allValues("Vary"))
			.anySatisfy(vary -> assertThat(vary).containsIgnoringCase("HX-Request"));
		// the address bar gets the canonical URL, not the raw form submission
		assertThat(fragment.headers().firstValue("HX-Push-Url")).hasValue("/programs?type=" + SAGES);

		HttpResponse<String> restore = http.send(HttpRequest.newBuilder(http.uri("/programs"))
			.header("HX-Request", "true")
			.header("HX-History-Restore-Request", "true")
			.build());
		assertThat(restore.body()).contains("<html").contains("<h1");

		HttpResponse<String> page = http.get("/programs");
		assertThat(page.body()).contains("<html")
			.contains("id=\"programs-finder\"")
			.containsPattern("<script src=\"/webjars/htmx.org/[^\"]*dist/htmx.min-[0-9a-f]{32}.js\" defer>");
		assertThat(page.headers().firstValue("HX-Push-Url")).isEmpty();
	}

	@Test
	void theFormWorksWithoutJavaScript() {
		String body = http.get("/programs?place=330602&type=" + SAGES).body();
		assertThat(body).contains("<form id=\"programs-form\" method=\"get\" role=\"search\" action=\"/programs\"")
			.contains("<button class=\"btn btn-primary\" type=\"submit\">")
			.contains("<input type=\"hidden\" name=\"place\" value=\"330602\">")
			.contains("name=\"q\"")
			.contains("<select class=\"form-select\" id=\"programs-sort\" name=\"sort\">");
		assertThat(new FinderHtml(body).checked("type", SAGES)).isTrue();
		assertThat(new FinderHtml(body).checked("type", "integrity")).isFalse();
		// every visible control has a label
		Matcher controls = Pattern.compile("<(?:input|select)(?![^>]*type=\"hidden\")[^>]*\\sid=\"([^\"]+)\"")
			.matcher(body);
		int labelled = 0;
		while (controls.find()) {
			assertThat(body).contains("for=\"" + controls.group(1) + "\"");
			labelled++;
		}
		assertThat(labelled).isGreaterThan(15);
		// no inline script and no event-handler attribute (the Content-Security-Policy
		// forbids them)
		assertThat(body).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
		// with JavaScript, htmx takes the same form and links over
		assertThat(body).contains("data-hx-get=\"/programs\"")
			.contains("data-hx-push-url=\"true\"")
			.contains("data-hx-target=\"#programs-finder\"")
			.contains("data-hx-boost=\"true\"");
	}

	@Test
	void theTextIsReflectedEscaped() {
		String attack = "<script>alert(1)</script>";
		HttpResponse<String> response = http.get("/programs?q=" + encode(attack));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain(attack)
			.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")
			.contains("关键词：&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("没有符合条件的项目");
		assertThat(new FinderHtml(response.body()).total()).isZero();
	}

	@ParameterizedTest
	@ValueSource(strings = { "type=unknown", "subtype=unknown", "subtype=" + SAGES, "place=33", "place=3306021",
			"place=abc", "place=4401", "page=0", "page=-1", "page=x", "page=", "page=1.5", "sort=popular", "metrics=no",
			"place=3306&place=3307", "q=a&q=b", "page=1&page=2" })
	void malformedParametersAreA400Page(String query) {
		HttpResponse<String> response = http.get("/programs?" + query);
		assertThat(response.statusCode()).as(query).isEqualTo(400);
		assertThat(response.body()).contains("请求有误").doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "3399", "339999", "330602999" })
	void anUnknownWellFormedPlaceIsA404(String place) {
		HttpResponse<String> response = http.get("/programs?place=" + place);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到页面");
	}

	@ParameterizedTest
	@ValueSource(strings = { "",
			"?type=" + SAGES + "&type=integrity&subtype=village_sages&place=330602&metrics=yes&q=%E4%B9%A1&sort=name",
			"?place=330602004&sort=place", "?q=%E4%B9%A1%E8%B4%A4&page=2", "?metrics=yes&sort=metrics&lang=en" })
	void aFixedNumberOfStatementsWhateverTheFilters(String query) {
		statements.reset();
		assertThat(http.get("/programs" + query).statusCode()).isEqualTo(200);
		assertThat(statements.count()).as(query).isEqualTo(STATEMENTS);
		statements.reset();
		assertThat(htmx("/programs" + query).statusCode()).isEqualTo(200);
		assertThat(statements.count()).as(query).isEqualTo(STATEMENTS);
		// until the data changes, the same finder is served from the cache: only the data
		// version is read
		statements.resetKeepingCache();
		assertThat(http.get("/programs" + query).statusCode()).isEqualTo(200);
		assertThat(statements.count()).as(query).isEqualTo(1);
	}

	private HttpResponse<String> htmx(String path) {
		return http.send(HttpRequest.newBuilder(http.uri(path)).header("HX-Request", "true").build());
	}

}
