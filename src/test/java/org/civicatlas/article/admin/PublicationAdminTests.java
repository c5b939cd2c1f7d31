package org.civicatlas.article.admin;

import java.util.Map;

import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Publication data of a source page: set at upload, edited on its own form, checked,
 * never stale-overwritten.
 */
@EditingTest
@CleansUp
class PublicationAdminTests {

	private static final String PAGE = "review-beihai.txt";

	@Autowired
	JdbcClient jdbc;

	EditorPages editor;

	@Test
	void theUploadStoresWhatTheEditorKnows() throws Exception {
		MvcResult result = upload(Map.of("newspaper", " 浙江日报 ", "issueDate", "2023-11", "pageNumber", "5"));
		long id = Long.parseLong(result.getResponse().getRedirectedUrl().replace("/admin/pages/", ""));
		assertThat(stored(id)).isEqualTo("浙江日报|2023-11-01|MONTH|5");
	}

	@Test
	void anUploadWithABadDateIsRefusedAndStoresNothing() throws Exception {
		Map<String, Long> before = editor.counts();
		MvcResult result = upload(Map.of("issueDate", "2023-02-30"));
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages");
		assertThat(body(editor.follow(result))).contains("出版信息有误");
		assertThat(editor.counts()).isEqualTo(before);
	}

	@Test
	void theFormSavesADayAndClearsWhatIsLeftEmpty() throws Exception {
		long id = editor.uploadPage(PAGE);
		String form = body(editor.get("/admin/pages/{id}/publication", id));
		assertThat(form).contains("name=\"issueDate\"").contains("导入于");
		MvcResult saved = editor.post("/admin/pages/" + id + "/publication",
				Map.of("newspaper", "绍兴日报", "issueDate", "2023-11-05", "page", "A3", "version", version(id)));
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages/" + id + "/publication");
		assertThat(stored(id)).isEqualTo("绍兴日报|2023-11-05|DAY|A3");
		editor.post("/admin/pages/" + id + "/publication",
				Map.of("newspaper", "", "issueDate", "2023", "page", "", "version", version(id)));
		assertThat(stored(id)).isEqualTo("null|2023-01-01|YEAR|null");
	}

	@Test
	void aBadDateIsAFieldErrorAndNothingChanges() throws Exception {
		long id = editor.uploadPage(PAGE);
		MvcResult result = editor.post("/admin/pages/" + id + "/publication",
				Map.of("newspaper", "绍兴日报", "issueDate", "5 Nov 2023", "page", "", "version", version(id)));
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(result)).contains("请填写 2023-11-05、2023-11 或 2023 这样的日期。").contains("is-invalid");
		assertThat(stored(id)).isEqualTo("null|null|null|null");
	}

	@Test
	void aStaleSaveShowsTheConflictAndOverwritesNothing() throws Exception {
		long id = editor.uploadPage(PAGE);
		long opened = version(id);
		editor.post("/admin/pages/" + id + "/publication",
				Map.of("newspaper", "嘉兴日报", "issueDate", "", "page", "", "version", opened));
		MvcResult stale = editor.post("/admin/pages/" + id + "/publication",
				Map.of("newspaper", "绍兴日报", "issueDate", "", "page", "", "version", opened));
		assertThat(stale.getResponse().getStatus()).isEqualTo(200);
		assertThat(body(stale)).contains("id=\"conflict\"").contains("嘉兴日报").contains("绍兴日报");
		assertThat(stored(id)).startsWith("嘉兴日报|");
	}

	private MvcResult upload(Map<String, String> fields) throws Exception {
		var request = multipart("/admin/pages")
			.file(new MockMultipartFile("file", PAGE, "text/plain", EditorPages.page(PAGE)));
		fields.forEach(request::param);
		return editor.perform(request.with(csrf()));
	}

	private long version(long id) {
		return editor.version("source_page", id);
	}

	private String stored(long id) {
		return jdbc.sql("""
				select concat_ws('|', coalesce(newspaper, 'null'), coalesce(cast(issue_date as text), 'null'),
				       coalesce(issue_date_precision, 'null'), coalesce(page_number, 'null'))
				  from source_page where id = :id""").param("id", id).query(String.class).single();
	}

}
