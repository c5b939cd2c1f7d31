package org.civicatlas.admin.dashboard;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The dashboard's figures, each list or set of counts in one statement. */
@Repository
class DashboardQueries {

	static final int PAGES_SHOWN = 20;

	record Counts(long publishedArticles, long publishedPrograms, long publishedMetrics, long draftArticles,
			long pagesInReview) {
	}

	/**
	 * An uploaded page waiting for an editor; the review queue at
	 * {@code /admin/pages/{id}} handles it.
	 */
	record PageInReview(long id, String fileName, LocalDateTime uploadedAt, String uploadedBy, long articles) {
	}

	private final JdbcClient jdbc;

	DashboardQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Counts counts() {
		return jdbc
			.sql("""
					select (select count(*) from article where status = 'PUBLISHED') as published_articles,
					       (select count(*) from program where status = 'PUBLISHED' and merged_into is null) as published_programs,
					       (select count(*) from metric m join article a on a.id = m.article_id
					         where a.status = 'PUBLISHED') as published_metrics,
					       (select count(*) from article where status = 'DRAFT') as draft_articles,
					       (select count(*) from source_page where status = 'REVIEW') as pages_in_review""")
			.query(Counts.class)
			.single();
	}

	List<PageInReview> pagesInReview() {
		return jdbc
			.sql("""
					-- in China time, as the review queue and the history show it
					select p.id, p.file_name, p.created_at at time zone 'Asia/Shanghai' as uploaded_at, u.username as uploaded_by,
					       (select count(*) from article a where a.source_page_id = p.id) as articles
					from source_page p left join app_user u on u.id = p.uploaded_by
					where p.status = 'REVIEW'
					order by p.created_at, p.id
					limit :limit""")
			.param("limit", PAGES_SHOWN)
			.query(PageInReview.class)
			.list();
	}

}
