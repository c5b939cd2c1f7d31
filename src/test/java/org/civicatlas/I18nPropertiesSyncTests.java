package org.civicatlas;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text has a Chinese and an English version, in every bundle the application reads
 * ({@code spring.messages.basename}), and no text is blank.
 */
class I18nPropertiesSyncTests {

	static List<String> bundles() throws IOException {
		String basenames = load("application.properties").getProperty("spring.messages.basename");
		return List.of(basenames.split(","));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void chineseAndEnglishHaveTheSameKeys(String bundle) throws IOException {
		assertThat(keys(load(bundle + "_en.properties"))).as(bundle)
			.containsExactlyElementsOf(keys(load(bundle + ".properties")));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void noMessageIsBlank(String bundle) throws IOException {
		for (String file : new String[] { bundle + ".properties", bundle + "_en.properties" }) {
			Properties messages = load(file);
			assertThat(keys(messages)).as(file).allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
		}
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void noKeyIsDefinedInTwoBundles(String bundle) throws IOException {
		Set<String> own = keys(load(bundle + ".properties"));
		for (String other : bundles()) {
			if (!other.equals(bundle) && !own.isEmpty()) {
				assertThat(keys(load(other + ".properties"))).as(bundle + " and " + other)
					.doesNotContainAnyElementsOf(own);
			}
		}
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
