package org.civicatlas.article.admin;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.editing.StaleEditException;
import org.civicatlas.editing.TextFields;
import org.civicatlas.place.CityRepository;
import org.civicatlas.place.DistrictRepository;
import org.civicatlas.place.TownshipRepository;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves an editor's checked article form, or deletes an article, in one transaction each.
 * Both refuse a stale version; the entity's own version check catches a save that races
 * this one.
 */
@Service
class ArticleEditor {

	private final ArticleRepository articles;

	private final CityRepository cities;

	private final DistrictRepository districts;

	private final TownshipRepository townships;

	private final ProgramRepository programs;

	ArticleEditor(ArticleRepository articles, CityRepository cities, DistrictRepository districts,
			TownshipRepository townships, ProgramRepository programs) {
		this.articles = articles;
		this.cities = cities;
		this.districts = districts;
		this.townships = townships;
		this.programs = programs;
	}

	@Transactional
	void update(long id, ArticleForm form) {
		Article article = find(id);
		StaleEditException.check("Article " + id, form.version(), article.getVersion());
		article.revise(form.headline().strip(), TextFields.trimToNull(form.subhead()), form.bylineList(),
				TextFields.body(form.body()), form.captionList());
		article.headlineInEnglish(TextFields.trimToNull(form.headlineEn()));
		article.locate(form.cityCode() == null ? null : cities.getReferenceById(form.cityCode()),
				form.districtCode() == null ? null : districts.getReferenceById(form.districtCode()),
				townships.findAllById(form.townshipCodes()));
		article.describe(programs.findAllById(form.programIds()));
		article.changeStatus(form.status());
	}

	/** Deletes the article; its figures go with it (the database cascades). */
	@Transactional
	void delete(long id, long version) {
		Article article = find(id);
		StaleEditException.check("Article " + id, version, article.getVersion());
		articles.delete(article);
	}

	private Article find(long id) {
		return articles.findById(id).orElseThrow(() -> new NotFoundException("Article " + id));
	}

}
