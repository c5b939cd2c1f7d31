package org.civicatlas.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium on the running portal, with the few steps a flow needs. Every
 * step waits for a condition (an element, a URL, an htmx swap), never for a fixed time.
 * Tests get one from {@link BrowserTest} as a parameter; it is closed after the test.
 */
public final class Browser implements AutoCloseable {

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private final ChromeDriver driver;

	private final Path profile;

	private final URI base;

	private final String language;

	private final WebDriverWait wait;

	Browser(URI base, String language) {
		this.base = base;
		this.language = language;
		try {
			this.profile = Files.createTempDirectory("chromium-profile");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.driver = Chromium.start(profile, language);
		this.wait = new WebDriverWait(driver, TIMEOUT);
	}

	/**
	 * A second browser on the same portal, with its own profile and cookies: another
	 * person. Close it.
	 */
	public Browser another() {
		return new Browser(base, language);
	}

	public WebDriver driver() {
		return driver;
	}

	/**
	 * Opens a path of the portal ({@code /places?lang=en}) and waits until the page has
	 * loaded.
	 */
	public Browser open(String path) {
		driver.get(base.resolve(path).toString());
		waitForLoad();
		return this;
	}

	/** The path and query of the current page. */
	public String path() {
		URI current = URI.create(driver.getCurrentUrl());
		return current.getRawQuery() == null ? current.getRawPath()
				: current.getRawPath() + "?" + current.getRawQuery();
	}

	public <T> T waitUntil(ExpectedCondition<T> condition) {
		return wait.until(condition);
	}

	/** The element once it is visible. */
	public WebElement find(By locator) {
		return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
	}

	public String text(By locator) {
		return find(locator).getText();
	}

	/**
	 * Clicks once the element can be clicked (a button that opens, toggles or swaps
	 * something in place).
	 */
	public Browser click(By locator) {
		waitUntil(ExpectedConditions.elementToBeClickable(locator)).click();
		return this;
	}

	/**
	 * Clicks a link or submit button that loads another page, and waits until that page
	 * has replaced this one.
	 */
	public Browser follow(By locator) {
		// A mark on the old document's window, gone once another document has replaced
		// it. Asking
		// whether the old <html> element went stale is not enough: while the next page
		// loads,
		// Chromium may answer that with an "unknown error" instead of "stale element".
		driver.executeScript("window.atlasLeaving = true");
		click(locator);
		waitUntil(d -> {
			try {
				return !Boolean.TRUE.equals(driver.executeScript("return window.atlasLeaving === true"));
			}
			catch (WebDriverException ex) {
				return false; // asked in the middle of the navigation: ask again
			}
		});
		waitForLoad();
		return this;
	}

	/** Replaces the text of an input or text area. */
	public Browser fill(By locator, String text) {
		WebElement field = find(locator);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	/**
	 * Runs an action that makes htmx swap content (typing in a filter, clicking a button)
	 * and waits until htmx has settled the new content. The listener is set before the
	 * action, so a fast swap is not missed.
	 */
	public Browser htmxSwap(Runnable action) {
		driver.executeScript(
				"""
						window.atlasSettled = false;
						document.body.addEventListener('htmx:afterSettle', () => window.atlasSettled = true, { once: true });""");
		action.run();
		waitUntil(d -> Boolean.TRUE.equals(driver.executeScript("return window.atlasSettled === true")));
		return this;
	}

	/** Sizes the page as a desktop window of this many CSS pixels. */
	public Browser desktop(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		return this;
	}

	/**
	 * Sizes the page as a phone: a mobile viewport of this many CSS pixels, touch-sized
	 * layout.
	 */
	public Browser phone(int width, int height) {
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true));
		return this;
	}

	/** Saves what the viewport shows as a PNG. */
	public void screenshot(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The errors the page logged to the console since the last call (script errors,
	 * blocked or failed loads).
	 */
	public List<String> consoleErrors() {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	private void waitForLoad() {
		waitUntil(d -> "complete".equals(driver.executeScript("return document.readyState")));
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> files = Files.walk(profile)) {
				files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
			}
		}
	}

}
