package org.civicatlas.support;

import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link CleansUp} does: one snapshot before each test, one clean-up and one check
 * after.
 */
final class CleanUpExtension implements BeforeEachCallback, AfterEachCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(CleanUpExtension.class);

	@Override
	public void beforeEach(ExtensionContext context) {
		ApplicationContext spring = SpringExtension.getApplicationContext(context);
		spring.getBeanProvider(AdminSession.class).ifAvailable(AdminSession::ensureAccounts);
		JdbcClient jdbc = spring.getBean(JdbcClient.class);
		TestRecords records = new TestRecords(jdbc);
		context.getStore(NAMESPACE).put(TestRecords.class, records);
		Object test = context.getRequiredTestInstance();
		ReflectionUtils.doWithFields(test.getClass(),
				field -> set(field, test, new EditorPages(spring.getBean(MockMvc.class), jdbc, records)),
				field -> field.getType() == EditorPages.class);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		TestRecords records = context.getStore(NAMESPACE).get(TestRecords.class, TestRecords.class);
		records.cleanUp();
		assertThat(records.counts()).as("rows after the clean-up").isEqualTo(records.countsAtStart());
	}

	private static void set(Field field, Object test, EditorPages editor) {
		ReflectionUtils.makeAccessible(field);
		ReflectionUtils.setField(field, test, editor);
	}

}
