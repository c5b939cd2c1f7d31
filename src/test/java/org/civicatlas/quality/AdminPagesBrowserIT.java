package org.civicatlas.quality;

import java.util.stream.Stream;

import org.civicatlas.browser.Browser;
import org.civicatlas.browser.BrowserTest;
import org.civicatlas.browser.EditorSteps;
import org.civicatlas.support.AdminSession;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every admin page in Chromium, signed in through the sign-in page as an administrator
 * (who sees every page): no serious or critical axe-core violation and no console error.
 * The sign-in page itself is checked before signing in; a form with errors is checked as
 * the editor sees it.
 */
@BrowserTest
class AdminPagesBrowserIT {

	@Autowired
	AdminSession sessions;

	@Autowired
	ApplicationContext context;

	@TestFactory
	Stream<DynamicTest> theSignInPageHasNoSeriousViolation(Browser browser) {
		return AdminRoutes.ANONYMOUS.stream()
			.map(route -> DynamicTest.dynamicTest(route.toString(), () -> check(browser.open(route.path()))));
	}

	@TestFactory
	Stream<DynamicTest> noSignedInPageHasASeriousViolation(Browser browser) {
		sessions.admin(); // the account
		new EditorSteps(browser).signIn(AdminSession.ADMIN, AdminSession.PASSWORD);
		return new AdminRoutes(context).signedIn()
			.stream()
			.map(route -> DynamicTest.dynamicTest(route.toString(), () -> check(browser.open(route.path()))));
	}

	/**
	 * A form sent empty: every field error linked from the summary, marked on its field.
	 * Nothing is saved.
	 */
	@Test
	void aFormWithErrorsHasNoSeriousViolation(Browser browser) {
		sessions.editor();
		new EditorSteps(browser).signIn(AdminSession.EDITOR, AdminSession.PASSWORD);
		browser.open("/admin/programs/new").follow(EditorSteps.submitOf("/admin/programs"));
		assertThat(browser.find(By.id("form-errors")).isDisplayed()).isTrue();
		check(browser);
	}

	private static void check(Browser browser) {
		assertThat(browser.consoleErrors()).as("console of %s", browser.path()).isEmpty();
		assertThat(Axe.seriousViolations(browser)).as("axe on %s", browser.path()).isEmpty();
	}

}
