package org.civicatlas.ingest.review;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.Part;
import org.civicatlas.support.CleansUp;
import org.civicatlas.support.EditingTest;
import org.civicatlas.support.EditorPages;
import org.civicatlas.support.Http;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.civicatlas.support.EditorPages.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Uploading pages to the review queue: what is stored, what is refused and why, and
 * nothing stored then.
 */
@EditingTest
@CleansUp
class PageUploadTests {

	private static final String PAGE = "review-beihai.txt";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	Http http;

	EditorPages editor;

	@Test
	void uploadStoresThePageAndItsDraftsForReview() throws Exception {
		long id = editor.uploadPage(PAGE);
		assertThat(
				jdbc.sql("select status from source_page where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("REVIEW");
		assertThat(jdbc.sql("select raw_text from source_page where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(EditorPages.pageText(PAGE));
		assertThat(jdbc.sql("select distinct status from article where source_page_id = :id")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("DRAFT");
		assertThat(editor.articles(id)).hasSize(2);
		assertThat(jdbc.sql("""
				select count(*) from program p join article_program ap on ap.program_id = p.id
				  join article a on a.id = ap.article_id where a.source_page_id = :id and p.status = 'DRAFT'""")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theUploadNoticeNamesTheFileAndTheReviewPageShowsIt() throws Exception {
		MvcResult upload = editor.upload(PAGE, EditorPages.page(PAGE));
		String page = body(editor.follow(upload));
		assertThat(page).contains("已上传“review-beihai.txt”").contains("睦邻议事厅 议出幸福新北海");
	}

	@Test
	void aGbkPageIsReadAsTheSameText() throws Exception {
		byte[] gbk = EditorPages.pageText(PAGE).getBytes(Charset.forName("GBK"));
		long id = pageId(editor.upload("review-beihai-gbk.txt", gbk));
		assertThat(jdbc.sql("select raw_text from source_page where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(EditorPages.pageText(PAGE));
		assertThat(editor.articles(id)).hasSize(2);
	}

	@Test
	void theSamePageTwiceIsRefusedWithALinkToTheFirst() throws Exception {
		long first = editor.uploadPage(PAGE);
		Map<String, Long> afterFirst = editor.counts();
		MvcResult second = editor.upload("copy-of-the-page.txt", EditorPages.page(PAGE));
		assertThat(second.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages");
		assertThat(editor.counts()).isEqualTo(afterFirst);
		String page = body(editor.follow(second));
		assertThat(page).contains("这个版面已经上传过").contains("href=\"/admin/pages/" + first + "\"");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		assertRefused(editor.upload("empty.txt", new byte[0]), "文件是空的。");
		assertRefused(editor.upload("blank.txt", " \n\n \r\n".getBytes(StandardCharsets.UTF_8)), "文件是空的。");
	}

	@Test
	void aBinaryFileIsRefused() throws Exception {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertRefused(editor.upload("photo.txt", png), "这不是文本版面文件");
	}

	@Test
	void aFileInAnotherEncodingIsRefused() throws Exception {
		byte[] latin1 = "Élève à l'école, façade… ".repeat(20).getBytes(StandardCharsets.ISO_8859_1);
		assertRefused(editor.upload("latin1.txt", latin1), "文件既不是 UTF-8 也不是 GBK 编码的文本");
	}

	@Test
	void aPageWithoutHeadlineIsRefused() throws Exception {
		String text = "今年以来，街道累计开展活动30余场，服务群众2000余人次，群众满意率达到98%，工作取得了明显成效。\n\n".repeat(5);
		assertRefused(editor.upload("no-headline.txt", text.getBytes(StandardCharsets.UTF_8)), "版面上没有找到文章");
	}

	@Test
	void onlyTextFilesAreAccepted() throws Exception {
		assertRefused(editor.upload("page.pdf", EditorPages.page(PAGE)), "只能上传 .txt 文本文件。");
		assertRefused(editor.perform(MockMvcRequestBuilders.multipart("/admin/pages").with(csrf())), "请选择要上传的文件。");
	}

	/**
	 * MockMvc parses no multipart body: the container's refusal is played as Tomcat makes
	 * it, with its message.
	 */
	@Test
	void aFileOverTheLimitIsRefusedWithTheLimit() throws Exception {
		assertRefused(
				editor.perform(MockMvcRequestBuilders.post("/admin/pages").with(partsOverTheLimit()).with(csrf())),
				"文件太大：最大 2 MB");
	}

	/**
	 * Through the real Tomcat: a file over the file limit, and a request over the request
	 * limit, are answered with the review queue (where the message waits), not with the
	 * container's 413 page. Anonymous, because sign-in comes later in the filter chain
	 * than the limit.
	 */
	@Test
	void theRealServerAnswersAFileOverTheLimitWithTheQueue() {
		for (int size : new int[] { 2_500_000, 5_000_000 }) {
			HttpResponse<String> response = http.send(multipart(size));
			assertThat(response.statusCode()).as("%d bytes", size).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as("%d bytes", size)
				.hasValueSatisfying(location -> assertThat(location).endsWith("/admin/pages"));
		}
		assertThat(editor.counts()).isEqualTo(editor.countsAtStart());
	}

	@Test
	void messagesAreInEnglishForEnglishReaders() throws Exception {
		MvcResult refused = editor.upload("empty.txt", new byte[0]);
		String page = body(editor.followInEnglish(refused));
		assertThat(page).contains("The file is empty.").contains("Upload a page");
	}

	@Test
	void theQueueListsPagesInAFixedNumberOfStatements() throws Exception {
		editor.uploadPage(PAGE);
		statements.reset();
		String page = body(editor.get("/admin/pages"));
		assertThat(statements.count()).isLessThanOrEqualTo(1);
		assertThat(page).contains(PAGE).contains("待审核").contains("000_db0d4880a1cbbe3b.txt");
	}

	@Test
	void aPageNumberBelowOneIsABadRequest() throws Exception {
		assertThat(editor.get("/admin/pages?page=0").getResponse().getStatus()).isEqualTo(400);
		assertThat(editor.get("/admin/pages?page=x").getResponse().getStatus()).isEqualTo(400);
	}

	private void assertRefused(MvcResult result, String message) throws Exception {
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/admin/pages");
		assertThat(editor.counts()).isEqualTo(editor.countsAtStart());
		assertThat(body(editor.follow(result))).contains(message);
	}

	private static long pageId(MvcResult upload) {
		String location = upload.getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/pages/\\d+");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private HttpRequest multipart(int size) {
		String boundary = "----atlas-limit";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
				+ "Content-Type: text/plain\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
		byte[] body = new byte[head.length + size + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		Arrays.fill(body, head.length, head.length + size, (byte) 'x');
		System.arraycopy(tail, 0, body, head.length + size, tail.length);
		return HttpRequest.newBuilder(http.uri("/admin/pages"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build();
	}

	private static RequestPostProcessor partsOverTheLimit() {
		return request -> {
			MockHttpServletRequest tooLarge = new MockHttpServletRequest(request.getServletContext(), "POST",
					"/admin/pages") {

				@Override
				public Collection<Part> getParts() {
					throw new IllegalStateException(
							"org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException: "
									+ "The field file exceeds its maximum permitted size of 2097152 bytes.");
				}

			};
			tooLarge.setContentType("multipart/form-data; boundary=----limit");
			return tooLarge;
		};
	}

}
