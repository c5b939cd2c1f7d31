package org.civicatlas.article.admin;

import org.civicatlas.editing.PlaceCheck;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of an article beyond its fields' own constraints; a broken rule is a field
 * error.
 */
@Component
class ArticleRules {

	private final PlaceCheck places;

	private final JdbcClient jdbc;

	ArticleRules(PlaceCheck places, JdbcClient jdbc) {
		this.places = places;
		this.jdbc = jdbc;
	}

	/**
	 * @param current the article's status now: a draft is published from the review
	 * queue, not from its form, and a reviewed article does not go back to being a draft
	 */
	void check(ArticleForm form, PublicationStatus current, Errors errors) {
		places.check(form.cityCode(), form.districtCode(), form.townshipCodes(), "townships", errors);
		if (!form.programIds().isEmpty()) {
			long known = jdbc.sql("select count(*) from program where id = any (:ids) and merged_into is null")
				.param("ids", form.programIds().stream().distinct().toArray(Long[]::new))
				.query(Long.class)
				.single();
			if (known != form.programIds().stream().distinct().count()) {
				errors.rejectValue("programIds", "article.unknownProgram");
			}
		}
		if (form.status() != null
				&& (current == PublicationStatus.DRAFT) != (form.status() == PublicationStatus.DRAFT)) {
			errors.rejectValue("status",
					current == PublicationStatus.DRAFT ? "article.draftStaysDraft" : "article.notDraft");
		}
	}

}
