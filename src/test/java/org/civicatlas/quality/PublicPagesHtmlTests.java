package org.civicatlas.quality;

import java.util.List;
import java.util.stream.Stream;

import org.civicatlas.quality.PublicRoutes.Route;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every public page, in Chinese and in English, is valid HTML5 by the Nu HTML Checker: no
 * error (warnings are printed, not failed). A listed page that no controller maps fails.
 */
@PortalTest
class PublicPagesHtmlTests {

	private static final List<String> LANGUAGES = List.of("zh-CN", "en");

	static NuHtmlChecker checker;

	@Autowired
	Http http;

	@Autowired
	ApplicationContext context;

	@BeforeAll
	static void loadChecker() {
		checker = NuHtmlChecker.load();
	}

	@TestFactory
	Stream<DynamicTest> everyPageIsValidHtml() {
		PublicRoutes routes = new PublicRoutes(context);
		return routes.all()
			.stream()
			.flatMap(route -> LANGUAGES.stream()
				.map(language -> DynamicTest.dynamicTest(route + " [" + language + "]",
						() -> check(routes, route, language))));
	}

	@Test
	void aListedPageThatNoControllerMapsFailsRatherThanBeingSkipped() {
		PublicRoutes routes = new PublicRoutes(context);
		assertThatThrownBy(() -> routes.assertServed(Route.page("gone", "/no-such-page?page=2")))
			.isInstanceOf(AssertionError.class)
			.hasMessageContaining("/no-such-page");
		routes.all().forEach(routes::assertServed);
	}

	private void check(PublicRoutes routes, Route route, String language) {
		routes.assertServed(route);
		checker.assertValid(route, language, http.get(route.path(), language));
	}

}
