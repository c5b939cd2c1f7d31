package org.civicatlas.program.admin;

import java.util.HashMap;
import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;

/**
 * An editor gives a program an English name; English pages show it, or the name's pinyin
 * without one.
 */
@EditingTest
@CleansUp
class ProgramEnglishNameTests {

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	@Test
	void anEnglishNameIsSavedAndShownOnEnglishPages() throws Exception {
		Map<String, Object> form = program("测试乡贤议事会");
		form.put("nameEn", "  Test village sages council ");
		MvcResult created = editor.post("/admin/programs", form);
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().split("/")[3]);
		assertThat(jdbc.sql("select name_en from program where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("Test village sages council");
		assertThat(body(editor.follow(created))).contains("value=\"Test village sages council\"");
		assertThat(body(editor.getInEnglish("/programs/" + id))).contains("(Test village sages council)")
			.doesNotContain("(Ce shi xiang xian yi shi hui)");
		assertThat(body(editor.get("/programs/" + id))).doesNotContain("Test village sages council");
	}

	@Test
	void withoutOneEnglishPagesShowThePinyin() throws Exception {
		MvcResult created = editor.post("/admin/programs", program("测试乡贤议事会"));
		long id = Long.parseLong(created.getResponse().getRedirectedUrl().split("/")[3]);
		assertThat(
				jdbc.sql("select name_en from program where id = :id").param("id", id).query(String.class).optional())
			.isEmpty();
		assertThat(body(editor.getInEnglish("/programs/" + id))).contains("(Ce shi xiang xian yi shi hui)");
	}

	@Test
	void anOverlongEnglishNameIsAFieldError() throws Exception {
		Map<String, Object> form = program("测试项目");
		form.put("nameEn", "x".repeat(201));
		assertThat(body(editor.post("/admin/programs", form))).contains("太长了：最多 200 个字符。");
	}

	private static Map<String, Object> program(String name) {
		Map<String, Object> form = new HashMap<>();
		form.put("name", name);
		form.put("primarySubtype", "village_sages");
		form.put("cityCode", "3306");
		form.put("districtCode", "330602");
		form.put("townshipCode", "330602004");
		form.put("status", "PUBLISHED");
		return form;
	}

}
