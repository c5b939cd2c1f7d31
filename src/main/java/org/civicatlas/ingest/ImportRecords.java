package org.civicatlas.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record of what was imported by which pipeline from what ({@code page_import}) and
 * of each article's fields as the pipeline wrote them ({@code article_import}, the base a
 * re-import compares with). Written in the transaction of the import it describes.
 */
public final class ImportRecords {

	/**
	 * The fields, and the figures and program names (a column each, in the figures'
	 * order) as JSON.
	 */
	private static final String SNAPSHOT = """
			insert into article_import (article_id, fields)
			values (:article, jsonb_build_object('headline', :headline::text, 'subhead', :subhead::text,
			        'bylines', to_jsonb(:bylines::text[]), 'body', :body::text, 'captions', to_jsonb(:captions::text[]),
			        'cityCode', :city::text, 'districtCode', :district::text, 'townshipCodes', to_jsonb(:townships::text[]),
			        'programs', to_jsonb(:programs::text[]),
			        'figures', (select coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('label', f.label,
			                    'value', f.value, 'valueMax', f.value_max, 'unit', f.unit, 'approx', f.approx,
			                    'category', f.category, 'quote', f.quote, 'sourceLine', f.line, 'per', f.per,
			                    'program', f.program)) order by f.n), '[]'::jsonb)
			                      from unnest(:labels::text[], :values::text[], :maxima::text[], :units::text[],
			                                  :approxes::text[], :categories::text[], :quotes::text[], :lines::text[],
			                                  :pers::text[], :figurePrograms::text[])
			                           with ordinality as f(label, value, value_max, unit, approx, category, quote, line,
			                                                per, program, n))))
			on conflict (article_id) do update set fields = excluded.fields
			""";

	private ImportRecords() {
	}

	/**
	 * After a page was written: what it was read from, and its articles' fields as the
	 * base.
	 */
	public static void imported(JdbcClient jdbc, long pageId, String seedFile, String contentHash, PageModel page) {
		jdbc.sql("""
				insert into page_import (source_page_id, seed_file, content_hash, pipeline_version)
				values (:page, :seed, :hash, :version)""")
			.param("page", pageId)
			.param("seed", seedFile)
			.param("hash", contentHash)
			.param("version", PipelineVersion.current())
			.update();
		List<Long> ids = jdbc.sql("select id from article where source_page_id = :page order by position")
			.param("page", pageId)
			.query(Long.class)
			.list();
		for (int i = 0; i < ids.size(); i++) {
			ArticleModel article = page.articles().get(i);
			base(jdbc, ids.get(i), ArticleFields.of(article), article.metrics(),
					article.programs().stream().map(index -> page.programs().get(index).name()).toList());
		}
	}

	/**
	 * A seed imported before this record existed: its content and pipeline are unknown,
	 * so it is recorded as such and the comparison decides whether to offer a re-import.
	 */
	static void unknown(JdbcClient jdbc, long pageId, String seedFile) {
		jdbc.sql("""
				insert into page_import (source_page_id, seed_file, content_hash, pipeline_version)
				values (:page, :seed, 'unknown', 'unknown')""").param("page", pageId).param("seed", seedFile).update();
	}

	/** A re-import that changes nothing: the page is simply current now. */
	static void current(JdbcClient jdbc, PageDiff diff) {
		jdbc.sql("""
				update page_import set content_hash = :hash, pipeline_version = :version, imported_at = now(),
				       offered_hash = null, offered_pipeline = null
				 where source_page_id = :page""")
			.param("hash", diff.contentHash())
			.param("version", diff.pipelineVersion())
			.param("page", diff.pageId())
			.update();
	}

	/** A re-import with changes waits for an editor. */
	static void offer(JdbcClient jdbc, PageDiff diff) {
		jdbc.sql(
				"update page_import set offered_hash = :hash, offered_pipeline = :version where source_page_id = :page")
			.param("hash", diff.contentHash())
			.param("version", diff.pipelineVersion())
			.param("page", diff.pageId())
			.update();
	}

	/**
	 * The editor confirmed a re-import: the page is current, and the proposed fields
	 * become the base of the next comparison (a value the editor kept then counts as
	 * changed by hand).
	 */
	public static void confirmed(JdbcClient jdbc, PageDiff diff) {
		jdbc.sql("""
				insert into page_import (source_page_id, content_hash, pipeline_version)
				values (:page, :hash, :version) on conflict (source_page_id) do nothing""")
			.param("page", diff.pageId())
			.param("hash", diff.contentHash())
			.param("version", diff.pipelineVersion())
			.update();
		current(jdbc, diff);
		diff.articles()
			.forEach(article -> base(jdbc, article.articleId(), article.proposed(), article.proposedFigures(),
					article.proposedPrograms()));
	}

	/** An article a re-import added: what the pipeline made of it is its base. */
	public static void added(JdbcClient jdbc, long articleId, PageDiff.Added added) {
		base(jdbc, articleId, ArticleFields.of(added.article()), added.article().metrics(),
				added.programs().stream().map(ProgramModel::name).toList());
	}

	private static void base(JdbcClient jdbc, long articleId, ArticleFields fields, List<MetricModel> figures,
			List<String> programs) {
		jdbc.sql(SNAPSHOT)
			.param("article", articleId)
			.param("headline", fields.headline())
			.param("subhead", fields.subhead())
			.param("bylines", fields.bylines().toArray(String[]::new))
			.param("body", fields.body())
			.param("captions", fields.captions().toArray(String[]::new))
			.param("city", fields.cityCode())
			.param("district", fields.districtCode())
			.param("townships", fields.townshipCodes().toArray(String[]::new))
			.param("programs", programs.toArray(String[]::new))
			.param("labels", column(figures, MetricModel::label))
			.param("values", column(figures, figure -> plain(figure.value())))
			.param("maxima", column(figures, figure -> plain(figure.valueMax())))
			.param("units", column(figures, MetricModel::unit))
			.param("approxes", column(figures, figure -> figure.approx() == null ? null : figure.approx().key()))
			.param("categories", column(figures, figure -> figure.category().key()))
			.param("quotes", column(figures, MetricModel::quote))
			.param("lines", column(figures, figure -> String.valueOf(figure.sourceLine())))
			.param("pers", column(figures, figure -> figure.per() == null ? null : figure.per().key()))
			.param("figurePrograms", column(figures, MetricModel::programName))
			.update();
	}

	private static String[] column(List<MetricModel> figures, Function<MetricModel, String> value) {
		return figures.stream().map(value).toArray(String[]::new);
	}

	private static String plain(BigDecimal number) {
		return number == null ? null : number.toPlainString();
	}

}
