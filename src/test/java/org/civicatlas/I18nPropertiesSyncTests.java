package org.civicatlas;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text has a Chinese and an English version, and neither bundle has an empty one. */
class I18nPropertiesSyncTests {

	@Test
	void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
		Properties zh = load("messages.properties");
		Properties en = load("messages_en.properties");
		assertThat(keys(en)).containsExactlyElementsOf(keys(zh));
	}

	@Test
	void noMessageIsBlank() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Properties messages = load(bundle);
			assertThat(keys(messages)).as(bundle).allSatisfy(key -> assertThat(messages.getProperty(key)).isNotBlank());
		}
	}

	@Test
	void defaultBundleIsChinese() throws IOException {
		assertThat(load("messages.properties").getProperty("site.name")).isEqualTo("浙江基层创新图谱");
	}

	private static Set<String> keys(Properties properties) {
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
