package org.civicatlas.browser;

import java.net.URI;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Gives a test method a {@link Browser} on the portal's port; JUnit closes it when the
 * test ends.
 */
class BrowserExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context)
			.getEnvironment()
			.getRequiredProperty("local.server.port");
		return context.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class, type -> new Browser(URI.create("http://localhost:" + port + "/"), "zh-CN"),
					Browser.class);
	}

}
