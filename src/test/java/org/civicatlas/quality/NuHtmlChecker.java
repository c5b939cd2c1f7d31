package org.civicatlas.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.civicatlas.quality.PublicRoutes.Route;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Nu HTML Checker (the W3C's HTML5 validator), run in this JVM on a class path of its
 * own. It needs Jetty 11 while Spring Boot manages Jetty 12, so it cannot share the test
 * class path: the build copies its jars to {@code target/nu-validator} (see the antrun
 * execution in {@code pom.xml}) and this class loads them in a class loader whose parent
 * is the platform loader. Only JDK types ({@link InputSource}, {@link ErrorHandler})
 * cross the boundary, through reflection. The schema is loaded once; each check then
 * takes milliseconds.
 */
final class NuHtmlChecker {

	static final Path JARS = Path.of("target", "nu-validator");

	private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

	private final URLClassLoader loader;

	private final Object validator;

	private final Method checkHtml;

	private final Collector messages = new Collector();

	private NuHtmlChecker(URLClassLoader loader) throws ReflectiveOperationException {
		this.loader = loader;
		Class<?> type = loader.loadClass("nu.validator.validation.SimpleDocumentValidator");
		// its own log4j set-up (quiet), no URL logging, no language detection (it guesses
		// wrongly on short pages)
		this.validator = type.getConstructor(boolean.class, boolean.class, boolean.class)
			.newInstance(true, false, false);
		this.checkHtml = type.getMethod("checkHtmlInputSource", InputSource.class);
		withOwnLoader(() -> {
			type.getMethod("setUpMainSchema", String.class, ErrorHandler.class)
				.invoke(validator, HTML_SCHEMA, messages);
			type.getMethod("setUpValidatorAndParsers", ErrorHandler.class, boolean.class, boolean.class)
				.invoke(validator, messages, false, false);
			return null;
		});
	}

	static NuHtmlChecker load() {
		try (Stream<Path> files = Files.list(JARS)) {
			URL[] jars = files.filter(file -> file.toString().endsWith(".jar"))
				.map(NuHtmlChecker::url)
				.toArray(URL[]::new);
			return new NuHtmlChecker(new URLClassLoader("nu-validator", jars, ClassLoader.getPlatformClassLoader()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No " + JARS + ": run the build's generate-test-resources phase first", ex);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot start the Nu HTML Checker", ex);
		}
	}

	/**
	 * The checker's messages on a UTF-8 HTML document; {@code url} only names it in
	 * messages.
	 */
	List<Message> check(String html, String url) {
		messages.clear();
		InputSource source = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		source.setEncoding("UTF-8");
		source.setSystemId(url);
		withOwnLoader(() -> checkHtml.invoke(validator, source));
		return List.copyOf(messages.all);
	}

	/**
	 * Asserts that the route answered with its status and an HTML page in which the
	 * checker finds no error (the public and the admin pages' checks); warnings are
	 * printed.
	 */
	void assertValid(Route route, String language, HttpResponse<String> response) {
		assertThat(response.statusCode()).as(route.path()).isEqualTo(route.status());
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		List<Message> messages = check(response.body(), route.path());
		messages.stream()
			.filter(message -> !message.error())
			.forEach(warning -> System.out.println(route.path() + " [" + language + "] " + warning));
		assertThat(messages).as("Nu HTML Checker on %s [%s]", route.path(), language)
			.filteredOn(Message::error)
			.isEmpty();
	}

	/**
	 * The checker finds its services (schema readers, parsers) through the context class
	 * loader.
	 */
	private <T> T withOwnLoader(Call<T> call) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(loader);
		try {
			return call.run();
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("The Nu HTML Checker failed", ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static URL url(Path file) {
		try {
			return file.toUri().toURL();
		}
		catch (MalformedURLException ex) {
			throw new IllegalArgumentException(ex);
		}
	}

	private interface Call<T> {

		T run() throws ReflectiveOperationException;

	}

	/**
	 * One message: {@code error} is true for errors (and fatal errors), false for
	 * warnings.
	 */
	record Message(boolean error, int line, int column, String text) {

		@Override
		public String toString() {
			return (error ? "error" : "warning") + " " + line + ":" + column + " " + text;
		}

	}

	private static final class Collector implements ErrorHandler {

		private final List<Message> all = new ArrayList<>();

		void clear() {
			all.clear();
		}

		@Override
		public void warning(SAXParseException exception) {
			add(false, exception);
		}

		@Override
		public void error(SAXParseException exception) {
			add(true, exception);
		}

		@Override
		public void fatalError(SAXParseException exception) {
			add(true, exception);
		}

		private void add(boolean error, SAXParseException exception) {
			all.add(new Message(error, exception.getLineNumber(), exception.getColumnNumber(), exception.getMessage()));
		}

	}

}
