package org.civicatlas.quality;

import java.util.List;

import org.civicatlas.quality.NuHtmlChecker.Message;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checker itself: it accepts valid HTML5 and reports what is not (so a green page
 * check means something).
 */
class NuHtmlCheckerTests {

	static NuHtmlChecker checker;

	@BeforeAll
	static void load() {
		checker = NuHtmlChecker.load();
	}

	@Test
	void acceptsAValidDocument() {
		assertThat(checker.check("""
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="utf-8"><title>首页</title></head>
				<body><main><h1>浙江基层创新图谱</h1><p>乡贤</p></main></body></html>
				""", "valid.html")).filteredOn(Message::error).isEmpty();
	}

	@Test
	void reportsMisplacedElementsAndDuplicateIds() {
		List<Message> messages = checker.check("""
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>t</title></head>
				<body><ul><div id="a">x</div></ul><p id="a">y</p></body></html>
				""", "invalid.html");
		assertThat(messages).filteredOn(Message::error)
			.extracting(Message::text)
			.anySatisfy(text -> assertThat(text).contains("Element “div” not allowed as child of element “ul”"))
			.anySatisfy(text -> assertThat(text).contains("Duplicate ID “a”"));
	}

	@Test
	void reportsAMissingTitle() {
		assertThat(checker.check("<!DOCTYPE html><html lang=\"en\"><head></head><body></body></html>", "t.html"))
			.filteredOn(Message::error)
			.extracting(Message::text)
			.anySatisfy(text -> assertThat(text).contains("title"));
	}

}
