package org.civicatlas.article.admin;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civicatlas.editing.MergeableForm;
import org.civicatlas.editing.TextFields;
import org.civicatlas.editing.ThreeWayMerge;
import org.civicatlas.system.PublicationStatus;

/**
 * The article form as an editor types it: bylines separated by spaces, captions one per
 * line, the body's paragraphs separated by blank lines, townships by code. Places and
 * programs are checked by {@link ArticleRules}.
 */
record ArticleForm(
		@NotBlank(message = "{editing.article.headline.required}") @Size(max = 300,
				message = "{editing.size}") String headline,
		@Size(max = 300, message = "{editing.size}") String headlineEn,
		@Size(max = 300, message = "{editing.size}") String subhead,
		@Size(max = 500, message = "{editing.size}") String bylines,
		@NotBlank(message = "{editing.article.body.required}") @Size(max = 50_000,
				message = "{editing.size}") String body,
		String cityCode, String districtCode, @Size(max = 500, message = "{editing.size}") String townships,
		List<Long> programIds, @Size(max = 5_000, message = "{editing.size}") String captions,
		@NotNull(message = "{editing.status.required}") PublicationStatus status,
		@NotNull(message = "{editing.version.required}") Long version)
		implements
			MergeableForm<ArticleForm>,
			Serializable {

	ArticleForm {
		cityCode = TextFields.trimToNull(cityCode);
		districtCode = TextFields.trimToNull(districtCode);
		programIds = programIds == null ? List.of() : List.copyOf(programIds);
	}

	List<String> bylineList() {
		return TextFields.words(bylines);
	}

	List<String> captionList() {
		return TextFields.lines(captions);
	}

	List<String> townshipCodes() {
		return TextFields.words(townships).stream().distinct().toList();
	}

	/**
	 * The conflict view's form: this editor's value where they changed a field since
	 * their base, the stored one ({@code theirs}) elsewhere, at the stored version.
	 */
	@Override
	public ArticleForm resubmission(ArticleForm theirs, ThreeWayMerge merge) {
		return new ArticleForm(merge.pick("editing.article.headline", headline, theirs.headline),
				merge.pick("editing.article.headlineEn", headlineEn, theirs.headlineEn),
				merge.pick("editing.article.subhead", subhead, theirs.subhead),
				merge.pick("editing.article.bylines", bylines, theirs.bylines),
				merge.pick("editing.article.body", body, theirs.body),
				merge.pick("editing.place.city", cityCode, theirs.cityCode),
				merge.pick("editing.place.district", districtCode, theirs.districtCode),
				merge.pick("editing.article.townships", townships, theirs.townships),
				merge.pick("editing.article.programs", programIds, theirs.programIds),
				merge.pick("editing.article.captions", captions, theirs.captions),
				merge.pick("editing.status", status, theirs.status), theirs.version);
	}

	/**
	 * The fields as the conflict view compares them, by label key, normalised as they
	 * would be saved.
	 */
	@Override
	public Map<String, String> fields() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("editing.article.headline", TextFields.trimToNull(headline));
		fields.put("editing.article.headlineEn", TextFields.trimToNull(headlineEn));
		fields.put("editing.article.subhead", TextFields.trimToNull(subhead));
		fields.put("editing.article.bylines", TextFields.joinWords(bylineList()));
		fields.put("editing.article.body", TextFields.body(body));
		fields.put("editing.place.city", cityCode);
		fields.put("editing.place.district", districtCode);
		fields.put("editing.article.townships", TextFields.joinWords(townshipCodes()));
		fields.put("editing.article.programs", TextFields.joinWords(programIds.stream().sorted().toList()));
		fields.put("editing.article.captions", TextFields.joinLines(captionList()));
		fields.put("editing.status", status == null ? null : status.name());
		return fields;
	}

}
