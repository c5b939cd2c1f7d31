package org.civicatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole portal on its seeded embedded PostgreSQL, served on a random port. Every test
 * class with this annotation shares one application context (and one database), so keep
 * tests from changing shared data, or restore it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
// the first administrator is the generated one whatever the developer's shell exports
// (ATLAS_ADMIN_USER/ATLAS_ADMIN_PASSWORD, as the README suggests for running): test
// properties outrank the environment
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "atlas.admin.user=", "atlas.admin.password=" })
@Import({ StatementCounter.class, Http.class })
public @interface PortalTest {

}
