package org.civicatlas.ingest.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * Runs the current pipeline again over a stored page ({@link #compare}) and, when the editor
 * confirms, takes the new values the editor chose ({@link #apply}) through the entities, so that
 * versions move and the history records who changed what; the other fields keep their current
 * value. Nothing is written before the confirmation.
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

	Reimporter(CurrentPipeline pipeline, SeedFiles seeds, JdbcClient jdbc, ArticleRepository articles,
			CityRepository cities, DistrictRepository districts, TownshipRepository townships) {
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
	 * @return how many fields took their new value
	 * @throws StaleEditException when an article changed since the editor saw the comparison
	 * @throws ReviewException when the comparison itself changed (a new value the editor did not see)
	 */
	@Transactional
	int apply(long pageId, ReimportForm form) {
		PageDiff diff = compare(pageId);
		Set<String> taken = form.taken();
		Set<String> offered = diff.articles().stream()
			.flatMap(article -> article.changes().stream())
			.map(PageDiff.FieldChange::token)
			.collect(Collectors.toSet());
		if (!offered.containsAll(taken)) {
			throw new ReviewException("ingest.reimport.changed");
		}
		Map<Long, Long> seen = form.versions();
		int applied = 0;
		for (PageDiff.ArticleDiff change : diff.articles()) {
			if (change.changes().isEmpty()) {
				continue;
			}
			Article article = articles.findById(change.articleId()).orElseThrow();
			StaleEditException.check("Article " + change.articleId(), seen.get(change.articleId()), article.getVersion());
			List<Field> chosen = change.changes().stream()
				.filter(field -> taken.contains(field.token()))
				.map(PageDiff.FieldChange::field)
				.toList();
			take(article, change.proposed(), chosen);
			applied += chosen.size();
		}
		ImportRecords.confirmed(jdbc, diff);
		return applied;
	}

	private void take(Article article, ArticleFields proposed, List<Field> chosen) {
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
