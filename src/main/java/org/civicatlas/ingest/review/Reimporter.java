package org.civicatlas.ingest.review;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.ingest.ArticleFields;
import org.civicatlas.ingest.ArticleFields.Field;
import org.civicatlas.ingest.CurrentPipeline;
import org.civicatlas.ingest.ImportRecords;
import org.civicatlas.ingest.PageComparison;
import org.civicatlas.ingest.PageDiff;
import org.civicatlas.ingest.SeedFiles;
import org.civicatlas.place.CityRepository;
import org.civicatlas.place.DistrictRepository;
import org.civicatlas.place.TownshipRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the current pipeline again over a stored page ({@link #compare}) and, when the
 * editor confirms, takes the changes the editor chose ({@link #apply}): fields and
 * places, program links ({@link ReimportLinks}), figures ({@link ReimportFigures}), added
 * and removed articles ({@link ReimportArticles}), through the entities where the content
 * is public, so that versions move and the history records who changed what; everything
 * else keeps its current value. Nothing is written before the confirmation.
 */
@Service
class Reimporter {

	private final CurrentPipeline pipeline;

	private final SeedFiles seeds;

	private final JdbcClient jdbc;

	private final ArticleRepository articles;

	private final CityRepository cities;

	private final DistrictRepository districts;

	private final TownshipRepository townships;

	private final ReimportLinks links;

	private final ReimportFigures figures;

	private final ReimportArticles pageArticles;

	Reimporter(CurrentPipeline pipeline, SeedFiles seeds, JdbcClient jdbc, ArticleRepository articles,
			CityRepository cities, DistrictRepository districts, TownshipRepository townships, ReimportLinks links,
			ReimportFigures figures, ReimportArticles pageArticles) {
		this.links = links;
		this.figures = figures;
		this.pageArticles = pageArticles;
		this.pipeline = pipeline;
		this.seeds = seeds;
		this.jdbc = jdbc;
		this.articles = articles;
		this.cities = cities;
		this.districts = districts;
		this.townships = townships;
	}

	PageDiff compare(long pageId) {
		return PageComparison.compare(jdbc, pipeline.get(), seeds, pageId);
	}

	/**
	 * Takes the chosen changes in one transaction: a refusal or failure half-way leaves
	 * nothing.
	 * @return how many changes were taken
	 * @throws StaleEditException when the page or an article changed since the editor saw
	 * the comparison
	 * @throws ReviewException when the comparison itself changed (a new value the editor
	 * did not see)
	 */
	@Transactional
	int apply(long pageId, ReimportForm form) {
		PageDiff diff = compare(pageId);
		StaleEditException.check("Page " + pageId, form.pageVersion(), diff.pageVersion());
		Set<String> taken = form.taken();
		if (!offered(diff).containsAll(taken)) {
			throw new ReviewException("ingest.reimport.changed");
		}
		Map<Long, Long> seen = form.versions();
		for (PageDiff.ArticleDiff change : diff.articles()) {
			List<Field> fields = change.changes()
				.stream()
				.filter(field -> taken.contains(field.token()))
				.map(PageDiff.FieldChange::field)
				.toList();
			List<PageDiff.ProgramChange> links = change.programs()
				.stream()
				.filter(link -> taken.contains(link.token()))
				.toList();
			List<PageDiff.FigureChange> figures = change.figures()
				.stream()
				.filter(figure -> taken.contains(figure.token()))
				.toList();
			if (fields.isEmpty() && links.isEmpty() && figures.isEmpty()) {
				continue;
			}
			Article article = articles.findById(change.articleId()).orElseThrow();
			StaleEditException.check("Article " + change.articleId(), seen.get(change.articleId()),
					article.getVersion());
			take(article, change.proposed(), fields);
			this.links.apply(article, links);
			this.figures.apply(article, figures);
		}
		for (PageDiff.Missing missing : diff.missing()) {
			if (taken.contains(missing.token())) {
				pageArticles.remove(missing.articleId());
			}
		}
		String[] page = jdbc.sql("select raw_text, status from source_page where id = :id")
			.param("id", pageId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		String rawText = page[0];
		boolean inReview = "REVIEW".equals(page[1]);
		for (PageDiff.Added added : diff.added()) {
			if (taken.contains(added.token())) {
				pageArticles.add(pageId, rawText, added, inReview);
			}
		}
		ImportRecords.confirmed(jdbc, diff);
		jdbc.sql("update source_page set version = version + 1, updated_at = now() where id = :id")
			.param("id", pageId)
			.update();
		return taken.size();
	}

	/** The tokens of every change the comparison offers. */
	private static Set<String> offered(PageDiff diff) {
		Set<String> offered = new HashSet<>();
		for (PageDiff.ArticleDiff article : diff.articles()) {
			article.changes().forEach(change -> offered.add(change.token()));
			article.figures().forEach(change -> offered.add(change.token()));
			article.programs().forEach(change -> offered.add(change.token()));
		}
		diff.added().forEach(added -> offered.add(added.token()));
		diff.missing().stream().filter(PageDiff.Missing::removable).forEach(missing -> offered.add(missing.token()));
		return offered;
	}

	private void take(Article article, ArticleFields proposed, List<Field> chosen) {
		if (chosen.isEmpty()) {
			return;
		}
		if (chosen.stream().anyMatch(field -> field != Field.PLACES)) {
			article.revise(chosen.contains(Field.HEADLINE) ? proposed.headline() : article.getHeadline(),
					chosen.contains(Field.SUBHEAD) ? proposed.subhead() : article.getSubhead(),
					chosen.contains(Field.BYLINES) ? proposed.bylines() : article.getBylines(),
					chosen.contains(Field.BODY) ? proposed.body() : article.getBody(),
					chosen.contains(Field.CAPTIONS) ? proposed.captions() : article.getCaptions());
		}
		if (chosen.contains(Field.PLACES)) {
			article.locate(proposed.cityCode() == null ? null : cities.getReferenceById(proposed.cityCode()),
					proposed.districtCode() == null ? null : districts.getReferenceById(proposed.districtCode()),
					proposed.townshipCodes().stream().map(townships::getReferenceById).toList());
		}
	}

}
