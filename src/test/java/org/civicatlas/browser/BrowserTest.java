package org.civicatlas.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.context.annotation.Import;

/**
 * A test in headless Chromium against the whole portal ({@link PortalTest}: same context,
 * same database as the HTTP tests), with {@link AdminSession} for the test accounts (on
 * every browser test, so that they all share one context). Each test method may take a
 * {@link Browser} parameter: a fresh Chromium with an empty profile, speaking Chinese,
 * closed after the test. Name the class {@code *BrowserIT}: they run in the failsafe
 * phase of the {@code browser} Maven profile, which is active where
 * {@code /usr/bin/chromium} exists; the tag keeps them out of other builds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@Import(AdminSession.class)
@Tag("browser")
@ExtendWith(BrowserExtension.class)
public @interface BrowserTest {

}
