package org.civicatlas.browser;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.civicatlas.quality.PublicRoutes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Phone (375×812) and desktop (1280×900) screenshots of every public page, in Chinese,
 * saved as {@code <page>-phone.png} and {@code <page>-desktop.png} so that a person can
 * look at the portal without starting it: in {@code target/screenshots} by default, so
 * that a build leaves the sources untouched; {@code -Datlas.screenshots=docs/screenshots}
 * refreshes the documentation's copies. Needs the CJK fonts ({@code fonts-noto-cjk}), or
 * the Chinese renders as boxes.
 */
@BrowserTest
class ScreenshotsBrowserIT {

	static final Path FOLDER = Path.of(System.getProperty("atlas.screenshots", "target/screenshots"));

	@Autowired
	ApplicationContext context;

	@TestFactory
	Stream<DynamicTest> everyPageOnAPhoneAndADesktop(Browser browser) {
		PublicRoutes routes = new PublicRoutes(context);
		return routes.all().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
			routes.assertServed(route);
			Path phone = FOLDER.resolve(route.name() + "-phone.png");
			Path desktop = FOLDER.resolve(route.name() + "-desktop.png");
			browser.phone(375, 812).open(route.path()).screenshot(phone);
			browser.desktop(1280, 900).open(route.path()).screenshot(desktop);
			assertThat(png(phone)).as(phone.toString()).isEqualTo(new int[] { 375, 812 });
			assertThat(png(desktop)).as(desktop.toString()).isEqualTo(new int[] { 1280, 900 });
		}));
	}

	/** Width and height from the PNG header. */
	static int[] png(Path file) throws IOException {
		ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(file), 16, 8);
		return new int[] { header.getInt(), header.getInt() };
	}

}
