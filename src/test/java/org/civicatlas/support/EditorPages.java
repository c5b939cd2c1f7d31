package org.civicatlas.support;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * The editing pages as a signed-in editor sees them. A test class annotated
 * {@link CleansUp} gets one in its {@code EditorPages} field before each test; everything
 * made after that is the test's own and is deleted after it, so that the shared seeded
 * database ends as it started.
 */
public class EditorPages {

	private final MockMvc mvc;

	private final JdbcClient jdbc;

	private final TestRecords records;

	EditorPages(MockMvc mvc, JdbcClient jdbc, TestRecords records) {
		this.mvc = mvc;
		this.jdbc = jdbc;
		this.records = records;
	}

	public MvcResult get(String path, Object... variables) throws Exception {
		return perform(MockMvcRequestBuilders.get(path, variables));
	}

	public MvcResult getInEnglish(String path, Object... variables) throws Exception {
		return perform(MockMvcRequestBuilders.get(path, variables).header("Accept-Language", "en"));
	}

	/**
	 * A form post as the editor: CSRF token included, parameters as a browser sends them.
	 */
	public MvcResult post(String path, Map<String, ?> form) throws Exception {
		return perform(MockMvcRequestBuilders.post(path).with(csrf()).params(params(form)));
	}

	public MvcResult postInEnglish(String path, Map<String, ?> form) throws Exception {
		return perform(
				MockMvcRequestBuilders.post(path).with(csrf()).params(params(form)).header("Accept-Language", "en"));
	}

	public MvcResult upload(String fileName, byte[] content) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/admin/pages")
			.file(new MockMultipartFile("file", fileName, "text/plain", content));
		return perform(request.with(csrf()));
	}

	/** Any request as the editor (for requests the other methods do not cover). */
	public MvcResult perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(user("ed").roles("EDITOR"))).andReturn();
	}

	/**
	 * The page a post redirected to, with the flash attributes (the notice) it left for
	 * it: from the controller, or in the session when a filter answered before any
	 * controller.
	 */
	public MvcResult follow(MvcResult redirect) throws Exception {
		return perform(followingRequest(redirect));
	}

	/** {@link #follow}, read in English. */
	public MvcResult followInEnglish(MvcResult redirect) throws Exception {
		return perform(followingRequest(redirect).header("Accept-Language", "en"));
	}

	private static MockHttpServletRequestBuilder followingRequest(MvcResult redirect) {
		String location = redirect.getResponse().getRedirectedUrl();
		if (location == null) {
			throw new IllegalStateException("No redirect: status " + redirect.getResponse().getStatus());
		}
		MockHttpServletRequestBuilder next = MockMvcRequestBuilders.get(location);
		if (redirect.getFlashMap() != null && !redirect.getFlashMap().isEmpty()) {
			next.flashAttrs(redirect.getFlashMap());
		}
		if (redirect.getRequest().getSession(false) instanceof MockHttpSession session) {
			next.session(session);
		}
		// sessions live in PostgreSQL (Spring Session): the redirect's session cookie
		// finds the flash there
		if (redirect.getResponse().getCookies().length > 0) {
			next.cookie(redirect.getResponse().getCookies());
		}
		return next;
	}

	/** The text of a response, decoded as the UTF-8 it is. */
	public static String body(MvcResult result) throws Exception {
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** Uploads a page of src/test/resources/pages and returns its id. */
	public long uploadPage(String name) throws Exception {
		MvcResult result = upload(name, page(name));
		String location = result.getResponse().getRedirectedUrl();
		if (location == null || !location.matches("/admin/pages/\\d+")) {
			throw new IllegalStateException("Upload of " + name + " was refused: " + result.getFlashMap());
		}
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/**
	 * A new program's form as a browser sends it: published, in the place given (a
	 * district of Shaoxing and one of its townships), every optional field empty (an edit
	 * without them is a 400).
	 */
	public static Map<String, Object> newProgram(String name, String districtCode, String townshipCode) {
		Map<String, Object> form = new HashMap<>();
		form.put("name", name);
		form.put("primarySubtype", "grassroots_governance");
		form.put("cityCode", districtCode.substring(0, 4));
		form.put("districtCode", districtCode);
		form.put("townshipCode", townshipCode);
		form.put("status", "PUBLISHED");
		form.put("nameEn", "");
		form.put("aliases", "");
		form.put("villageName", "");
		form.put("description", "");
		form.put("_secondarySubtypes", "on");
		return form;
	}

	public static byte[] page(String name) throws Exception {
		return new ClassPathResource("pages/" + name).getInputStream().readAllBytes();
	}

	public static String pageText(String name) throws Exception {
		return new String(page(name), StandardCharsets.UTF_8);
	}

	/** The ids of a page's articles, in page order. */
	public List<Long> articles(long pageId) {
		return jdbc.sql("select id from article where source_page_id = :page order by position")
			.param("page", pageId)
			.query(Long.class)
			.list();
	}

	/** The one program an article of a test page describes. */
	public long programOf(long article) {
		return jdbc.sql("select program_id from article_program where article_id = :id")
			.param("id", article)
			.query(Long.class)
			.single();
	}

	public long version(String table, long id) {
		return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Long.class).single();
	}

	/** How many rows each content table held when the test began. */
	public Map<String, Long> countsAtStart() {
		return records.contentCountsAtStart();
	}

	/** How many rows each content table holds. */
	public Map<String, Long> counts() {
		return records.contentCounts();
	}

	private static MultiValueMap<String, String> params(Map<String, ?> form) {
		MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
		form.forEach((name, value) -> {
			if (value instanceof List<?> values) {
				values.forEach(v -> params.add(name, String.valueOf(v)));
			}
			else if (value != null) {
				params.add(name, String.valueOf(value));
			}
		});
		return params;
	}

}
