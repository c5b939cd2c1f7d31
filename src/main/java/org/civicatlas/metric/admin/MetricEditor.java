package org.civicatlas.metric.admin;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.metric.Metric;
import org.civicatlas.metric.MetricRepository;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, saves and deletes figures from checked forms, one transaction each. Every save
 * looks for the quote in the article's page again: found, the figure keeps the line it
 * stands on; not found, it is saved as entered by an editor
 * ({@code quote_verified = false}).
 */
@Service
class MetricEditor {

	/**
	 * A saved figure and the page line its quote was found on; null when it was not
	 * found.
	 */
	record Saved(long id, Integer line) {
	}

	private final MetricRepository metrics;

	private final ArticleRepository articles;

	private final ProgramRepository programs;

	private final JdbcClient jdbc;

	MetricEditor(MetricRepository metrics, ArticleRepository articles, ProgramRepository programs, JdbcClient jdbc) {
		this.metrics = metrics;
		this.articles = articles;
		this.programs = programs;
		this.jdbc = jdbc;
	}

	@Transactional
	Saved create(MetricForm form) {
		Article article = article(form.articleId());
		int position = jdbc.sql("select coalesce(max(position) + 1, 0) from metric where article_id = :article")
			.param("article", article.getId())
			.query(Integer.class)
			.single();
		Metric metric = new Metric(article, position);
		Integer line = apply(metric, article, form);
		return new Saved(metrics.save(metric).getId(), line);
	}

	@Transactional
	Saved update(long id, MetricForm form) {
		Metric metric = find(id);
		StaleEditException.check("Metric " + id, form.version(), metric.getVersion());
		return new Saved(id, apply(metric, article(form.articleId()), form));
	}

	@Transactional
	void delete(long id, long version) {
		Metric metric = find(id);
		StaleEditException.check("Metric " + id, version, metric.getVersion());
		metrics.delete(metric);
	}

	private Integer apply(Metric metric, Article article, MetricForm form) {
		metric.attach(article, form.programId() == null ? null : programs.getReferenceById(form.programId()));
		metric.describe(form.label().strip(), form.value(), form.valueMax(), form.unit().strip(), form.approx(),
				form.category());
		QuoteCheck.Result found = QuoteCheck.find(article.getSourcePage().getRawText(), article.getSourceLines(),
				form.quote());
		// the importer records the line of the figure itself: keep it while the quote
		// still runs over it
		// (a figure whose quote was not found has none: List.contains(null) would throw)
		Integer kept = metric.getSourceLine();
		Integer line = kept != null && found.lines().contains(kept) ? kept : found.line();
		metric.quote(form.quote().strip(), line, found.found());
		return line;
	}

	private Article article(long id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("Article " + id));
	}

	private Metric find(long id) {
		return metrics.findById(id).orElseThrow(() -> new NotFoundException("Metric " + id));
	}

}
