package org.civicatlas.ingest.review;

import java.util.List;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.ingest.ImportRecords;
import org.civicatlas.ingest.PageDiff;
import org.civicatlas.ingest.PlacedLine;
import org.civicatlas.metric.MetricRepository;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The articles a re-import adds or removes, inside its transaction. An added article is
 * made from the lines the pipeline gave it, as the review page makes a draft
 * ({@link DraftDeriver}): on a page in review it stays a draft that needs the editor's
 * decision like every other; on a published page the confirmation was the review, and it
 * is published with its programs as a page's publication publishes them
 * ({@link WaitingLinks}). A removed article goes through the entities (its figures
 * first), so the history records the deletion; its lines are left unassigned.
 */
@Component
class ReimportArticles {

	private final DraftDeriver deriver;

	private final ArticleRepository articles;

	private final MetricRepository metrics;

	private final ProgramRepository programs;

	private final WaitingLinks waitingLinks;

	private final JdbcClient jdbc;

	ReimportArticles(DraftDeriver deriver, ArticleRepository articles, MetricRepository metrics,
			ProgramRepository programs, WaitingLinks waitingLinks, JdbcClient jdbc) {
		this.deriver = deriver;
		this.articles = articles;
		this.metrics = metrics;
		this.programs = programs;
		this.waitingLinks = waitingLinks;
		this.jdbc = jdbc;
	}

	/** Stores the article and returns its id. */
	long add(long pageId, String rawText, PageDiff.Added added, boolean inReview) {
		List<PlacedLine> lines = added.article().placed();
		long id = deriver.create(pageId, rawText, lines);
		int position = 0;
		for (PlacedLine line : lines) {
			// a line no article had (unassigned) now has its place in the new one
			jdbc.sql("""
					delete from page_line where source_page_id = :page and line = :line and article_id is null""")
				.param("page", pageId)
				.param("line", line.line())
				.update();
			jdbc.sql("""
					insert into page_line (source_page_id, line, article_id, role, position)
					values (:page, :line, :article, :role, :position) on conflict do nothing""")
				.param("page", pageId)
				.param("line", line.line())
				.param("article", id)
				.param("role", line.role().name())
				.param("position", position++)
				.update();
		}
		ImportRecords.added(jdbc, id, added);
		if (!inReview) {
			publish(pageId, id);
		}
		return id;
	}

	private void publish(long pageId, long articleId) {
		List<Long> draftPrograms = jdbc.sql("""
				select p.id from program p join article_program ap on ap.program_id = p.id
				 where ap.article_id = :id and p.status = 'DRAFT'""").param("id", articleId).query(Long.class).list();
		articles.findById(articleId).orElseThrow().changeStatus(PublicationStatus.PUBLISHED);
		programs.findAllById(draftPrograms).forEach(program -> program.changeStatus(PublicationStatus.PUBLISHED));
		waitingLinks.apply(pageId, List.of(articleId));
	}

	/**
	 * Deletes an article the pipeline no longer finds, and the draft programs only it
	 * described.
	 */
	void remove(long articleId) {
		List<Long> draftPrograms = jdbc.sql("""
				select p.id from program p join article_program ap on ap.program_id = p.id
				 where ap.article_id = :id and p.status = 'DRAFT'""").param("id", articleId).query(Long.class).list();
		jdbc.sql("""
				insert into page_line (source_page_id, line, article_id, role, position)
				select l.source_page_id, l.line, null, 'UNASSIGNED', 0 from page_line l
				 where l.article_id = :id
				   and not exists (select 1 from page_line o where o.source_page_id = l.source_page_id
				                      and o.line = l.line and o.article_id is distinct from :id)
				on conflict do nothing""").param("id", articleId).update();
		Article article = articles.findById(articleId).orElseThrow();
		metrics.deleteAll(metrics.findAllById(jdbc.sql("select id from metric where article_id = :id")
			.param("id", articleId)
			.query(Long.class)
			.list()));
		articles.delete(article);
		articles.flush();
		jdbc.sql("""
				delete from program p where p.id = any (:ids) and p.status = 'DRAFT'
				   and not exists (select 1 from article_program ap where ap.program_id = p.id)
				   and not exists (select 1 from program m where m.merged_into = p.id)
				   and not exists (select 1 from metric x where x.program_id = p.id)""")
			.param("ids", draftPrograms.toArray(Long[]::new))
			.update();
	}

}
