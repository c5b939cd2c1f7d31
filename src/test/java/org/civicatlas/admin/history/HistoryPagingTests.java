package org.civicatlas.admin.history;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.civicatlas.place.Township;
import org.civicatlas.support.AdminSession;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12: the history of a record edited many times, and the history of all records,
 * come in pages of {@code Paged.SIZE} with the admin lists' pager (before, a record
 * edited 200 times was one page of 276 KB). Each test edits a township of its own and
 * puts its English name back.
 */
@PortalTest
@Import(AdminSession.class)
class HistoryPagingTests {

	private static final Pattern REVISION = Pattern.compile("id=\"rev-(\\d+)\"");

	private static final Pattern CHANGE = Pattern
		.compile("<td><span class=\"text-body-secondary\">[^<]*</span>\\s*<a href=\"([^\"]+)\"");

	@Autowired
	AdminSession session;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@PersistenceContext
	EntityManager entityManager;

	@Test
	void aRecordEditedSixtyTimesShowsItsRevisionsAPageAtATime() {
		String code = township(0);
		String original = nameEn(code);
		try {
			edit(code, 60);
			List<Integer> all = jdbc.sql("select rev from township_aud where code = ? order by rev desc")
				.param(code)
				.query(Integer.class)
				.list();
			AdminSession.Browser editor = session.editor();
			String path = "/admin/history/township/" + code;

			statements.reset();
			HttpResponse<String> first = editor.get(path);
			assertThat(statements.count()).as("statements of a page of a long history").isLessThanOrEqualTo(3);
			assertThat(revisions(first.body())).isEqualTo(all.subList(0, 25));
			long pages = (all.size() + 24) / 25;
			assertThat(first.body()).contains("第 1 页，共 " + pages + " 页")
				.contains("href=\"" + path + "?page=2\" rel=\"next\"")
				.contains("Paging test 60")
				.doesNotContain("Paging test 20");

			List<Integer> shown = new ArrayList<>();
			long bytes = 0;
			for (int page = 1; page <= pages; page++) {
				HttpResponse<String> answer = editor.get(path + "?page=" + page);
				assertThat(answer.statusCode()).isEqualTo(200);
				shown.addAll(revisions(answer.body()));
				bytes += answer.body().getBytes(StandardCharsets.UTF_8).length;
			}
			System.out.printf("history of %d revisions: page 1 %d bytes, all %d pages %d bytes%n", all.size(),
					first.body().getBytes(StandardCharsets.UTF_8).length, pages, bytes);
			assertThat(shown).as("every revision once, newest first").isEqualTo(all);
			assertThat(editor.get(path + "?page=" + pages).body()).contains("rel=\"prev\"")
				.doesNotContain("rel=\"next\"");

			assertThat(editor.get(path + "?page=" + (pages + 1)).statusCode()).isEqualTo(404);
			assertThat(editor.get(path + "?page=0").statusCode()).isEqualTo(400);
			assertThat(editor.get(path + "?page=abc").statusCode()).isEqualTo(400);
		}
		finally {
			rename(code, original);
		}
	}

	@Test
	void theHistoryOfAllRecordsIsPagedNewestFirst() {
		String code = township(1);
		String original = nameEn(code);
		try {
			edit(code, 30);
			AdminSession.Browser editor = session.editor();
			statements.reset();
			HttpResponse<String> first = editor.get("/admin/history");
			assertThat(statements.count()).as("statements of a page of all changes").isLessThanOrEqualTo(1);
			HttpResponse<String> second = editor.get("/admin/history?page=2");

			String link = "/admin/history/township/" + code;
			assertThat(changes(first.body())).hasSize(25).allMatch(link::equals);
			List<String> next = changes(second.body());
			assertThat(next.subList(0, 5)).as("the page goes on where the first stopped").allMatch(link::equals);
			assertThat(next.subList(5, next.size())).noneMatch(link::equals);

			long total = 0;
			for (AuditedEntity entity : AuditedEntity.values()) {
				if (entity != AuditedEntity.USER) {
					total += jdbc.sql("select count(*) from %s_aud where rev > 1".formatted(entity.table()))
						.query(Long.class)
						.single();
				}
			}
			assertThat(first.body()).contains("第 1 页，共 " + (total + 24) / 25 + " 页")
				.contains("href=\"/admin/history?page=2\" rel=\"next\"");
			assertThat(editor.get("/admin/history?page=-1").statusCode()).isEqualTo(400);
		}
		finally {
			rename(code, original);
		}
	}

	/** A township no other test edits: the last ones by code. */
	private String township(int fromTheEnd) {
		return jdbc.sql("select code from township order by code desc offset ? limit 1")
			.param(fromTheEnd)
			.query(String.class)
			.single();
	}

	/**
	 * Each edit a transaction of its own, so each is a revision, as each save of the form
	 * is.
	 */
	private void edit(String code, int times) {
		for (int i = 1; i <= times; i++) {
			rename(code, "Paging test " + i);
		}
	}

	private void rename(String code, String nameEn) {
		transactions.executeWithoutResult(status -> {
			Township township = entityManager.find(Township.class, code);
			township.rename(nameEn.isEmpty() ? null : nameEn, township.getAliases());
		});
	}

	private String nameEn(String code) {
		return jdbc.sql("select coalesce(name_en, '') from township where code = ?")
			.param(code)
			.query(String.class)
			.single();
	}

	private static List<Integer> revisions(String html) {
		List<Integer> revisions = new ArrayList<>();
		Matcher matcher = REVISION.matcher(html);
		while (matcher.find()) {
			revisions.add(Integer.valueOf(matcher.group(1)));
		}
		return revisions;
	}

	private static List<String> changes(String html) {
		List<String> links = new ArrayList<>();
		Matcher matcher = CHANGE.matcher(html);
		while (matcher.find()) {
			links.add(matcher.group(1));
		}
		return links;
	}

}
