package org.civicatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole portal ({@link PortalTest}) with a {@code MockMvc} through its security
 * filters, for the editing pages: until sign-in with database users exists, tests act as
 * an editor with spring-security-test ({@link EditorPages}). All test classes with this
 * annotation share one application context and its database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PortalTest
@AutoConfigureMockMvc
public @interface EditingTest {

}
