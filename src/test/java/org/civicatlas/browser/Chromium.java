package org.civicatlas.browser;

import java.io.File;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's headless Chromium through Debian's chromedriver (never a downloaded
 * one: the machines reach no browser download site). The flags keep it from reaching for
 * the network, which these machines do not have; each browser gets a fresh profile
 * directory.
 */
final class Chromium {

	static final String BINARY = "/usr/bin/chromium";

	static final String DRIVER = "/usr/bin/chromedriver";

	private Chromium() {
	}

	/**
	 * A browser whose user speaks {@code language} (what it sends as
	 * {@code Accept-Language}).
	 */
	static ChromeDriver start(Path profile, String language) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		// reduced motion: Bootstrap scrolls smoothly otherwise, and a click on an element
		// below the
		// fold lands where the element was before the scroll ended ("element click
		// intercepted")
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--force-prefers-reduced-motion", "--user-data-dir=" + profile, "--lang=" + language,
				"--window-size=1280,900");
		options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

}
