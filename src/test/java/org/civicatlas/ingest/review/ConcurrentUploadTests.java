package org.civicatlas.ingest.review;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.civicatlas.support.AdminSession;
import org.civicatlas.support.CleansUp;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty uploads at the same moment through the real server, as one signed-in editor:
 * pages that describe the same published programs in different orders (two seed pages one
 * after the other, both ways round: an upload that locked programs in page order
 * deadlocked on them) and two copies of one page. None may end in a 5xx; each distinct
 * page is stored once.
 */
@PortalTest
@Import(AdminSession.class)
@CleansUp
class ConcurrentUploadTests {

	private static final int UPLOADS = 20;

	@Autowired
	AdminSession session;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentyUploadsAtOnceGiveNoServerError() throws Exception {
		AdminSession.Browser editor = session.editor();
		List<String> seeds = new ArrayList<>();
		try (Stream<Path> files = Files.list(Path.of("seeds"))) {
			for (Path seed : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
				seeds.add(Files.readString(seed));
			}
		}
		String cookie = "SESSION=" + editor.sessionId();
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<HttpResponse<String>>> uploads = new ArrayList<>();
		for (int i = 0; i < UPLOADS; i++) {
			// pairs (j, k) all different, among them (0, 1) and (1, 0); the last two
			// uploads are the
			// same bytes: two editors uploading one page at once
			int n = Math.min(i, UPLOADS - 2);
			String copy = seeds.get(n % 5) + seeds.get((n / 5 + n % 5 + 1) % 5);
			uploads.add(() -> {
				start.await();
				return client.send(upload("copy.txt", copy, cookie, editor.csrfToken()),
						HttpResponse.BodyHandlers.ofString());
			});
		}
		ExecutorService pool = Executors.newFixedThreadPool(UPLOADS);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			uploads.forEach(upload -> answers.add(pool.submit(upload)));
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			List<String> locations = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				statuses.add(answer.get().statusCode());
				locations.add(answer.get().headers().firstValue("Location").orElse(""));
			}
			assertThat(statuses).as("no 5xx").allMatch(status -> status == 302);
			assertThat(locations.stream().filter(location -> location.matches(".*/admin/pages/\\d+")))
				.hasSize(UPLOADS - 1);
			assertThat(locations.stream().filter(location -> location.endsWith("/admin/pages"))).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select count(*) from source_page where file_name = 'copy.txt'").query(Long.class).single())
			.isEqualTo(UPLOADS - 1);
		// The refused copy's notice is not checked here: all twenty answers leave their
		// flash notice in
		// one session, which lives in PostgreSQL (Spring Session), and the last to write
		// it wins. The
		// notices of a refused upload are checked one request at a time in
		// PageUploadTests.
	}

	private HttpRequest upload(String fileName, String content, String cookie, String csrf) {
		String boundary = "----atlas-test-boundary";
		String body = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
				+ "\r\n" + "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"file\"; filename=\""
				+ fileName + "\"\r\n" + "Content-Type: text/plain\r\n\r\n" + content + "\r\n" + "--" + boundary
				+ "--\r\n";
		return HttpRequest.newBuilder(http.uri("/admin/pages"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", cookie)
			.header("Accept-Language", "zh-CN")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
	}

}
