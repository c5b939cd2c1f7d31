package org.civicatlas.ingest.review;

import java.util.List;
import java.util.stream.Collectors;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.article.SourcePage;
import org.civicatlas.article.SourcePageRepository;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.ingest.LinePlaces.Place;
import org.civicatlas.ingest.LineRole;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editor's decisions on a page under review, each in one transaction. An article is
 * accepted (a review row) or rejected (hidden, with its figures: they show only with a
 * published article); either can be undone until the page is decided. Publishing the page
 * publishes its accepted articles and their draft programs, and makes the changes they
 * bring to programs already there ({@link WaitingLinks}); rejecting it deletes its
 * articles and the draft programs only they described, and leaves every other record as
 * it was. Status changes go through the entities, so that their versions and history
 * move.
 */
@Service
class PageReview {

	/** What publishing a page made public, for the editor's notice. */
	record Published(int articles, int programs) {
	}

	private final SourcePageRepository pages;

	private final ArticleRepository articles;

	private final ProgramRepository programs;

	private final WaitingLinks waitingLinks;

	private final JdbcClient jdbc;

	private final PlaceStore places;

	private final RepairSteps steps;

	PageReview(SourcePageRepository pages, ArticleRepository articles, ProgramRepository programs,
			WaitingLinks waitingLinks, JdbcClient jdbc, PlaceStore places, RepairSteps steps) {
		this.pages = pages;
		this.articles = articles;
		this.programs = programs;
		this.waitingLinks = waitingLinks;
		this.jdbc = jdbc;
		this.places = places;
		this.steps = steps;
	}

	@Transactional
	void accept(long pageId, long articleId, long version, String username) {
		Article article = draft(pageId, articleId, version);
		article.changeStatus(PublicationStatus.DRAFT);
		jdbc.sql("""
				insert into article_review (article_id, accepted_by)
				values (:article, (select id from app_user where username = :username))
				on conflict (article_id) do nothing""")
			.param("article", articleId)
			.param("username", username)
			.update();
	}

	@Transactional
	void reject(long pageId, long articleId, long version) {
		Article article = draft(pageId, articleId, version);
		article.changeStatus(PublicationStatus.HIDDEN);
		jdbc.sql("delete from article_review where article_id = :article").param("article", articleId).update();
	}

	/**
	 * Publishes the accepted drafts. Lines still unassigned are never dropped unseen: the
	 * editor has to set them aside explicitly ({@code discardUnassigned}), which the
	 * page's history records.
	 */
	@Transactional
	Published publish(long pageId, long version, boolean discardUnassigned, String username) {
		SourcePage page = inReview(pageId, version);
		List<Place> places = this.places.load(pageId);
		long unassigned = places.stream().filter(place -> place.role() == LineRole.UNASSIGNED).count();
		if (unassigned > 0 && !discardUnassigned) {
			throw new ReviewException("ingest.review.unassigned", unassigned);
		}
		List<Long> accepted = ids("""
				select a.id from article a join article_review r on r.article_id = a.id
				 where a.source_page_id = :page and a.status = 'DRAFT'""", pageId);
		int undecided = ids("""
				select a.id from article a where a.source_page_id = :page and a.status = 'DRAFT'
				   and not exists (select 1 from article_review r where r.article_id = a.id)""", pageId).size();
		if (undecided > 0) {
			throw new ReviewException("ingest.review.undecided", undecided);
		}
		if (accepted.isEmpty()) {
			throw new ReviewException("ingest.review.nothingAccepted");
		}
		List<Long> draftPrograms = ids("""
				select distinct p.id from program p join article_program ap on ap.program_id = p.id
				  join article_review r on r.article_id = ap.article_id join article a on a.id = ap.article_id
				 where a.source_page_id = :page and p.status = 'DRAFT'""", pageId);
		if (unassigned > 0) {
			PagePlaces after = new PagePlaces(places);
			String lines = after.discardUnassigned().stream().map(String::valueOf).collect(Collectors.joining(", "));
			this.places.save(pageId, places, after.places());
			steps.record(pageId, "DISCARD", lines, places, username);
		}
		articles.findAllById(accepted).forEach(article -> article.changeStatus(PublicationStatus.PUBLISHED));
		programs.findAllById(draftPrograms).forEach(program -> program.changeStatus(PublicationStatus.PUBLISHED));
		waitingLinks.apply(pageId, accepted);
		page.conclude(SourcePage.Status.PUBLISHED);
		return new Published(accepted.size(), draftPrograms.size());
	}

	/**
	 * Deletes the page's articles (their figures go with them) and the draft programs
	 * only they described.
	 */
	@Transactional
	void rejectPage(long pageId, long version) {
		SourcePage page = inReview(pageId, version);
		List<Long> draftPrograms = ids("""
				select distinct p.id from program p join article_program ap on ap.program_id = p.id
				  join article a on a.id = ap.article_id
				 where a.source_page_id = :page and p.status = 'DRAFT'""", pageId);
		articles.deleteAll(articles.findAllById(ids("select id from article where source_page_id = :page", pageId)));
		articles.flush();
		List<Long> orphans = jdbc.sql("""
				select p.id from program p where p.id = any (:ids)
				   and not exists (select 1 from article_program ap where ap.program_id = p.id)
				   and not exists (select 1 from program m where m.merged_into = p.id)""")
			.param("ids", draftPrograms.toArray(Long[]::new))
			.query(Long.class)
			.list();
		programs.deleteAllById(orphans);
		page.conclude(SourcePage.Status.REJECTED);
	}

	private Article draft(long pageId, long articleId, long version) {
		Article article = articles.findById(articleId)
			.filter(found -> found.getSourcePage().getId() == pageId)
			.orElseThrow(() -> new NotFoundException("Article " + articleId + " of page " + pageId));
		if (article.getSourcePage().getStatus() != SourcePage.Status.REVIEW) {
			throw new ReviewException("ingest.review.closed");
		}
		StaleEditException.check("Article " + articleId, version, article.getVersion());
		return article;
	}

	private SourcePage inReview(long pageId, long version) {
		SourcePage page = pages.findById(pageId).orElseThrow(() -> new NotFoundException("Page " + pageId));
		if (page.getStatus() != SourcePage.Status.REVIEW) {
			throw new ReviewException("ingest.review.closed");
		}
		StaleEditException.check("Page " + pageId, version, page.getVersion());
		return page;
	}

	private List<Long> ids(String sql, long pageId) {
		return jdbc.sql(sql).param("page", pageId).query(Long.class).list();
	}

}
