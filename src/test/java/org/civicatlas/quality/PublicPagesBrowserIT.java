package org.civicatlas.quality;

import java.util.stream.Stream;

import com.deque.html.axecore.results.Rule;
import org.civicatlas.browser.Browser;
import org.civicatlas.browser.BrowserTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public page in Chromium: axe-core finds no serious or critical accessibility
 * violation (lesser ones are printed), and the console shows no error (a script that
 * fails, an asset that does not load, something the Content-Security-Policy blocks). A
 * listed page that no controller maps fails.
 */
@BrowserTest
class PublicPagesBrowserIT {

	@Autowired
	ApplicationContext context;

	@TestFactory
	Stream<DynamicTest> noPageHasASeriousAccessibilityViolation(Browser browser) {
		PublicRoutes routes = new PublicRoutes(context);
		return routes.all().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
			routes.assertServed(route);
			assertThat(Axe.seriousViolations(browser.open(route.path()))).as("axe on %s", route.path()).isEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> noPageLogsAConsoleError(Browser browser) {
		PublicRoutes routes = new PublicRoutes(context);
		// the 404 and 400 pages log their own status as a failed load
		return routes.all()
			.stream()
			.filter(route -> route.status() == 200)
			.map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
				routes.assertServed(route);
				browser.open(route.path());
				assertThat(browser.consoleErrors()).as("console of %s", route.path()).isEmpty();
			}));
	}

	/**
	 * axe itself: a page with an image without text fails (so an empty report means
	 * something).
	 */
	@Test
	void axeReportsAnImageWithoutAlternativeText(Browser browser) {
		browser.driver()
			.get("data:text/html;charset=utf-8,<!DOCTYPE html><html lang=en><title>t</title><main><img src=a.png></main>");
		assertThat(Axe.violations(browser)).filteredOn(Axe::fails).extracting(Rule::getId).contains("image-alt");
	}

}
