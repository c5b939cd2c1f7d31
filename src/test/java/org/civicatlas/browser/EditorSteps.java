package org.civicatlas.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin side's steps as an editor takes them in the browser: through the pages' own
 * forms and buttons, each step checking where it lands.
 */
public final class EditorSteps {

	private final Browser browser;

	public EditorSteps(Browser browser) {
		this.browser = browser;
	}

	/** Signs in through the sign-in page and lands on the dashboard. */
	public EditorSteps signIn(String username, String password) {
		browser.open("/admin/login")
			.fill(By.id("username"), username)
			.fill(By.id("password"), password)
			.follow(By.cssSelector("main button[type=submit]"));
		assertThat(browser.path()).isEqualTo("/admin");
		return this;
	}

	/**
	 * Signs out with the button of the admin navigation and lands on the sign-in page.
	 */
	void signOut() {
		browser.follow(By.cssSelector("form[action='/admin/logout'] button"));
		assertThat(browser.path()).isEqualTo("/admin/login?signedOut");
	}

	/** Creates a published program of the first subtype through the form; its id. */
	long createProgram(String name, String description) {
		browser.open("/admin/programs/new").fill(By.id("name"), name).fill(By.id("description"), description);
		new Select(browser.find(By.id("primarySubtype"))).selectByIndex(1);
		browser.follow(submitOf("/admin/programs"));
		assertThat(browser.path()).matches("/admin/programs/\\d+/edit");
		assertThat(browser.text(By.id("notice"))).isNotEmpty();
		return idIn("/admin/programs/(\\d+)/edit");
	}

	/**
	 * Uploads a page of {@code src/test/resources/pages} in the review queue and lands on
	 * its review; its id.
	 */
	long upload(String name) {
		browser.open("/admin/pages");
		browser.find(By.id("file")).sendKeys(testPage(name).getAbsolutePath());
		browser.follow(submitOf("/admin/pages"));
		assertThat(browser.path()).matches("/admin/pages/\\d+");
		return idIn("/admin/pages/(\\d+)");
	}

	/**
	 * The submit button of the form that posts to this path (the admin navigation has a
	 * form too: sign out).
	 */
	public static By submitOf(String action) {
		return By.cssSelector("form[action='" + action + "'] button[type=submit]:not([formaction])");
	}

	private long idIn(String pathPattern) {
		return Long.parseLong(browser.path().replaceFirst(pathPattern, "$1"));
	}

	private static File testPage(String name) {
		try {
			return new ClassPathResource("pages/" + name).getFile();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
