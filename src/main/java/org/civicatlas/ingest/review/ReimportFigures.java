package org.civicatlas.ingest.review;

import java.util.List;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.ingest.MetricModel;
import org.civicatlas.ingest.PageDiff;
import org.civicatlas.metric.Metric;
import org.civicatlas.metric.MetricRepository;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures a re-import adds, replaces or removes, inside its transaction and through
 * the entity, so that versions move and the history records each one. A figure's program
 * is the one of the article's programs (after the re-import's links) that the pipeline
 * named; the basis of a rate ({@code per}) is not mapped by the entity and is written
 * beside it.
 */
@Component
class ReimportFigures {

	private final MetricRepository metrics;

	private final ArticleRepository articles;

	private final ProgramRepository programs;

	private final JdbcClient jdbc;

	ReimportFigures(MetricRepository metrics, ArticleRepository articles, ProgramRepository programs, JdbcClient jdbc) {
		this.metrics = metrics;
		this.articles = articles;
		this.programs = programs;
		this.jdbc = jdbc;
	}

	void apply(Article article, List<PageDiff.FigureChange> chosen) {
		if (chosen.isEmpty()) {
			return;
		}
		// the links the re-import just made are read with SQL below
		articles.flush();
		int position = jdbc.sql("select coalesce(max(position) + 1, 0) from metric where article_id = :id")
			.param("id", article.getId())
			.query(Integer.class)
			.single();
		for (PageDiff.FigureChange change : chosen) {
			Metric metric = change.metricId() == null ? new Metric(article, position++)
					: metrics.findById(change.metricId()).orElseThrow();
			if (change.proposed() == null) {
				metrics.delete(metric);
				continue;
			}
			MetricModel figure = change.proposed();
			metric.describe(figure.label(), figure.value(), figure.valueMax(), figure.unit(),
					figure.approx() == null ? null : figure.approx().key(), figure.category().key());
			metric.quote(figure.quote(), figure.sourceLine(), true);
			metric.attach(article, program(article.getId(), figure.programName()));
			Metric saved = metrics.saveAndFlush(metric);
			jdbc.sql("update metric set per = :per where id = :id")
				.param("per", figure.per() == null ? null : figure.per().key())
				.param("id", saved.getId())
				.update();
		}
	}

	private Program program(long articleId, String name) {
		if (name == null) {
			return null;
		}
		return jdbc.sql("""
				select p.id from review_article_program ap join program p on p.id = ap.program_id
				 where ap.article_id = :article and (p.name = :name or :name = any (p.aliases))
				 order by p.id limit 1""")
			.param("article", articleId)
			.param("name", name)
			.query(Long.class)
			.optional()
			.flatMap(programs::findById)
			.orElse(null);
	}

}
