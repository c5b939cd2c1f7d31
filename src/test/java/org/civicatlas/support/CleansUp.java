package org.civicatlas.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that writes to the shared seeded database and leaves it as it found it:
 * before each test the records that exist are noted ({@link TestRecords}), after it
 * everything newer is deleted and every table must hold as many rows as before. A field
 * of type {@link EditorPages} is set before the class's own {@code @BeforeEach} runs, so
 * set-up can upload through it. Goes with {@link PortalTest} (or an annotation that
 * carries it); where {@link AdminSession} is in the context, the test accounts are made
 * first, so that the clean-up never counts them as the test's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CleanUpExtension.class)
public @interface CleansUp {

}
