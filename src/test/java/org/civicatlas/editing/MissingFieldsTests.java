package org.civicatlas.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.FormValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Issue 12: a hand-made POST that leaves out a field of an edit form is a 400 and changes
 * nothing (before, the absent field was saved as an emptied one), while the same field
 * sent empty, as a browser sends it, still clears it. For each edit form the form is read
 * from its page as a browser would submit it, and each optional field is left out in turn
 * (with its marker {@code _name}, for boxes), then sent empty.
 */
@EditingTest
@CleansUp
class MissingFieldsTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	EditorPages editor;

	/**
	 * The administrator's session, from the first answer that made one (the new user's
	 * flash).
	 */
	Cookie adminSession;

	long article;

	@BeforeEach
	void upload() throws Exception {
		article = editor.articles(editor.uploadPage("review-beihai.txt")).get(0);
	}

	@Test
	void articleForm() throws Exception {
		String path = "/admin/articles/" + article;
		fill(path + "/edit", path, Map.of("headlineEn", "Neighbours talk it over", "subhead", "副标题", "bylines", "张三 李四",
				"captions", "图为北海街道"));
		check(path + "/edit", path, "headlineEn", "subhead", "bylines", "captions", "townships", "programIds");
	}

	@Test
	void programForm() throws Exception {
		long program = editor.programOf(article);
		String path = "/admin/programs/" + program;
		fill(path + "/edit", path,
				Map.of("nameEn", "Some council", "aliases", "别名一", "villageName", "某村", "description", "简介"));
		check(path + "/edit", path, "nameEn", "aliases", "villageName", "description");
	}

	@Test
	void figureForm() throws Exception {
		long figure = jdbc.sql("select id from metric where article_id = :a and value = 430")
			.param("a", article)
			.query(Long.class)
			.single();
		String path = "/admin/metrics/" + figure;
		fill(path + "/edit", path,
				Map.of("valueMax", "440", "approx", "about", "programId", String.valueOf(editor.programOf(article))));
		check(path + "/edit", path, "valueMax", "approx", "programId");
	}

	@Test
	void publicationForm() throws Exception {
		long page = jdbc.sql("select source_page_id from article where id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
		String path = "/admin/pages/" + page + "/publication";
		fill(path, path, Map.of("newspaper", "绍兴日报", "issueDate", "2023-11-05", "page", "3"));
		check(path, path, "newspaper", "issueDate", "page");
	}

	@Test
	void placeForm() throws Exception {
		String path = "/admin/places/3306";
		Map<String, Object> stored = read(path, path);
		try {
			fill(path, path, Map.of("nameEn", "Shaoxing", "aliases", "Shao-hsing"));
			check(path, path, "nameEn", "aliases");
		}
		finally {
			// a seeded place of the shared database: its names as they were
			fill(path, path, Map.of("nameEn", stored.get("nameEn"), "aliases", stored.get("aliases")));
		}
	}

	@Test
	void userForm() throws Exception {
		MvcResult created = admin(MockMvcRequestBuilders.post("/admin/users")
			.with(csrf())
			.param("username", "missing-fields-" + System.nanoTime())
			.param("role", "EDITOR")
			.param("password", ""));
		String path = created.getResponse().getRedirectedUrl();
		assertThat(path).as("user created").matches("/admin/users/\\d+");
		check(path, path, "enabled");
	}

	/**
	 * Saves the form with these values, so that each optional field holds something to
	 * lose.
	 */
	private void fill(String page, String action, Map<String, Object> values) throws Exception {
		MvcResult saved = post(action, with(read(page, action), values));
		assertThat(status(saved)).as("filled: " + body(saved)).isEqualTo(302);
	}

	/**
	 * Each field: left out, a 400 and nothing changed; sent empty, saved empty; then put
	 * back.
	 */
	private void check(String page, String action, String... fields) throws Exception {
		for (String field : fields) {
			Map<String, Object> stored = read(page, action);
			assertThat(stored.get(field)).as(field + " holds something before the test").isNotIn(null, "");

			Map<String, Object> without = new LinkedHashMap<>(stored);
			without.remove(field);
			without.remove("_" + field);
			MvcResult refused = post(action, without);
			assertThat(status(refused)).as(field + " left out").isEqualTo(400);
			assertThat(body(refused)).as("the 400 page names what is missing").contains("请求缺少表单字段：" + field + "。");
			assertThat(read(page, action)).as(field + " left out: stored values unchanged").isEqualTo(stored);

			MvcResult emptied = post(action, emptied(stored, field));
			assertThat(status(emptied)).as(field + " sent empty: " + body(emptied)).isEqualTo(302);
			assertThat(read(page, action).get(field)).as(field + " sent empty is cleared").isIn(null, "");

			MvcResult restored = post(action, with(read(page, action), Map.of(field, stored.get(field))));
			assertThat(status(restored)).as(field + " put back").isEqualTo(302);
		}
	}

	/**
	 * What a browser sends when the field is emptied: an empty text, or no ticked box
	 * (only the marker).
	 */
	private static Map<String, Object> emptied(Map<String, Object> stored, String field) {
		Map<String, Object> form = new LinkedHashMap<>(stored);
		if (form.containsKey("_" + field)) {
			form.remove(field);
		}
		else {
			form.put(field, "");
		}
		return form;
	}

	/** The form as its page shows it now, without the CSRF token (new for every page). */
	private Map<String, Object> read(String page, String action) throws Exception {
		Map<String, Object> form = new LinkedHashMap<>(FormValues.of(body(get(page)), action));
		form.remove("_csrf");
		return form;
	}

	private static Map<String, Object> with(Map<String, Object> form, Map<String, Object> values) {
		Map<String, Object> changed = new LinkedHashMap<>(form);
		changed.putAll(values);
		return changed;
	}

	private MvcResult get(String path) throws Exception {
		return path.startsWith("/admin/users/") ? admin(MockMvcRequestBuilders.get(path)) : editor.get(path);
	}

	private MvcResult post(String path, Map<String, Object> form) throws Exception {
		if (!path.startsWith("/admin/users/")) {
			return editor.post(path, form);
		}
		var request = MockMvcRequestBuilders.post(path).with(csrf());
		form.forEach((name, value) -> {
			for (Object one : value instanceof List<?> list ? list : List.of(value)) {
				request.param(name, String.valueOf(one));
			}
		});
		return admin(request);
	}

	/** User forms are the administrator's. */
	private MvcResult admin(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		if (adminSession != null) {
			// the user page is longer than the response buffer, and its CSRF token needs
			// a session once it is committed
			request.cookie(adminSession);
		}
		MvcResult result = mvc.perform(request.with(user("missing-fields-admin").roles("ADMIN"))).andReturn();
		if (adminSession == null && result.getResponse().getCookie("SESSION") != null) {
			adminSession = result.getResponse().getCookie("SESSION");
		}
		return result;
	}

	private static int status(MvcResult result) {
		return result.getResponse().getStatus();
	}

}
