package org.civicatlas.browser;

import java.util.Locale;

import org.civicatlas.place.CityRepository;
import org.civicatlas.place.DistrictRepository;
import org.civicatlas.place.TownshipRepository;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page, the language switch and the 404 page as a visitor's browser shows them.
 */
@BrowserTest
class HomeBrowserIT {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	MessageSource messages;

	@Autowired
	CityRepository cities;

	@Autowired
	DistrictRepository districts;

	@Autowired
	TownshipRepository townships;

	@Test
	void homeShowsTheGazetteerCountsInChinese(Browser browser) {
		browser.open("/");
		assertThat(language(browser)).isEqualTo("zh-CN");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("places.home.heading", CHINESE));
		assertThat(browser.driver().getTitle()).startsWith(message("places.home.title", CHINESE));
		assertThat(browser.text(By.id("count-cities"))).isEqualTo(String.valueOf(cities.count()));
		assertThat(browser.text(By.id("count-districts"))).isEqualTo(String.valueOf(districts.count()));
		assertThat(browser.text(By.id("count-townships"))).isEqualTo(String.valueOf(townships.count()));
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void theLanguageSwitchIsRememberedAcrossPages(Browser browser) {
		browser.open("/").follow(By.cssSelector("a[lang='en']"));
		assertThat(language(browser)).isEqualTo("en");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("places.home.heading", Locale.ENGLISH));

		// a later visit without ?lang= keeps English (the choice lives in a cookie)
		browser.open("/no-such-page");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("error.404.heading", Locale.ENGLISH));
		browser.open("/");
		assertThat(language(browser)).isEqualTo("en");

		// and switching back to Chinese is remembered too
		browser.follow(By.cssSelector("a[lang='zh-CN']"));
		browser.open("/");
		assertThat(language(browser)).isEqualTo("zh-CN");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("places.home.heading", CHINESE));
	}

	@Test
	void anUnknownPageShowsTheFriendly404WithAWayHome(Browser browser) {
		browser.open("/no-such-page");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("error.404.heading", CHINESE));
		assertThat(browser.driver().getPageSource()).doesNotContain("Exception");
		browser.follow(By.linkText(message("error.home", CHINESE)));
		assertThat(browser.path()).isEqualTo("/");
		assertThat(browser.text(By.tagName("h1"))).isEqualTo(message("places.home.heading", CHINESE));
	}

	@Test
	void onAPhoneTheNavigationOpensFromItsToggler(Browser browser) {
		browser.phone(375, 812).open("/");
		By places = By.cssSelector("#nav-links a[href='/places']");
		assertThat(browser.driver().findElement(places).isDisplayed()).isFalse();
		browser.click(By.cssSelector("button.navbar-toggler"));
		browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(places));
		assertThat(browser.find(By.cssSelector("button.navbar-toggler")).getDomAttribute("aria-expanded"))
			.isEqualTo("true");
	}

	private static String language(Browser browser) {
		return browser.find(By.tagName("html")).getDomAttribute("lang");
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
