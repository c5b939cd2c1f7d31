package org.civicatlas.ingest;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The record of what was imported by which pipeline from what ({@code page_import}) and of each
 * article's fields as the pipeline wrote them ({@code article_import}, the base a re-import
 * compares with). Written in the transaction of the import it describes.
 */
public final class ImportRecords {

	private static final String SNAPSHOT = """
			insert into article_import (article_id, fields)
			values (:article, jsonb_build_object('headline', :headline::text, 'subhead', :subhead::text,
			        'bylines', to_jsonb(:bylines::text[]), 'body', :body::text, 'captions', to_jsonb(:captions::text[]),
			        'cityCode', :city::text, 'districtCode', :district::text, 'townshipCodes', to_jsonb(:townships::text[])))
			on conflict (article_id) do update set fields = excluded.fields
			""";

	private ImportRecords() {
	}

	/** After a page was written: what it was read from, and its articles' fields as the base. */
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
			base(jdbc, ids.get(i), ArticleFields.of(page.articles().get(i)));
		}
	}

	/**
	 * A seed imported before this record existed: its content and pipeline are unknown, so it is
	 * recorded as such and the comparison decides whether to offer a re-import.
	 */
	static void unknown(JdbcClient jdbc, long pageId, String seedFile) {
		jdbc.sql("""
				insert into page_import (source_page_id, seed_file, content_hash, pipeline_version)
				values (:page, :seed, 'unknown', 'unknown')""")
			.param("page", pageId)
			.param("seed", seedFile)
			.update();
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
		jdbc.sql("update page_import set offered_hash = :hash, offered_pipeline = :version where source_page_id = :page")
			.param("hash", diff.contentHash())
			.param("version", diff.pipelineVersion())
			.param("page", diff.pageId())
			.update();
	}

	/**
	 * The editor confirmed a re-import: the page is current, and the proposed fields become the base
	 * of the next comparison (a value the editor kept then counts as changed by hand).
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
		diff.articles().forEach(article -> base(jdbc, article.articleId(), article.proposed()));
	}

	private static void base(JdbcClient jdbc, long articleId, ArticleFields fields) {
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
			.update();
	}

}
