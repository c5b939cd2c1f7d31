package org.civicatlas.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The programs finder with htmx in Chromium: a filter swaps the results in place (no page
 * load), the address bar follows, and the browser's Back button returns to the unfiltered
 * list.
 */
@BrowserTest
class ProgramFinderBrowserIT {

	@Test
	void choosingATypeUpdatesTheResultsInPlaceAndTheAddress(Browser browser) {
		browser.open("/programs");
		String total = browser.find(By.id("programs-count")).getDomAttribute("data-total");
		WebElement type = browser.find(By.cssSelector("#programs-form input[name=type]"));
		String key = type.getDomAttribute("value");
		String count = type.getDomAttribute("data-count");
		assertThat(count).isNotEqualTo(total); // else the filter would not show whether
												// the results changed
		markThisDocument(browser);

		browser.htmxSwap(() -> browser.click(By.id("programs-type-" + key)));

		assertThat(isSameDocument(browser)).as("no page load").isTrue();
		assertThat(browser.path()).isEqualTo("/programs?type=" + key);
		assertThat(browser.find(By.id("programs-type-" + key)).isSelected()).isTrue();
		// the facet said how many programs the filter finds; the results now say the same
		assertThat(browser.find(By.id("programs-count")).getDomAttribute("data-total")).isEqualTo(count);
		assertThat(browser.driver().findElements(By.cssSelector(".programs-chip[data-kind=type]"))).hasSize(1);

		browser.driver().navigate().back();
		browser.waitUntil(d -> browser.path().equals("/programs")
				&& total.equals(d.findElement(By.id("programs-count")).getDomAttribute("data-total")));
		assertThat(browser.find(By.id("programs-type-" + key)).isSelected()).isFalse();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	/**
	 * A property on this page's window: a page load would start a new window object
	 * without it.
	 */
	private static void markThisDocument(Browser browser) {
		((JavascriptExecutor) browser.driver()).executeScript("window.atlasFinderTest = true");
	}

	private static boolean isSameDocument(Browser browser) {
		return Boolean.TRUE
			.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.atlasFinderTest === true"));
	}

}
