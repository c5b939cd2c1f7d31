package org.civicatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.civicatlas.system.SqlArrays.ints;
import static org.civicatlas.system.SqlArrays.strings;

/**
 * Runs a pipeline again over a stored page and compares its result with the page's articles as
 * they are now, and as they were imported (the base of {@code article_import}): a field whose
 * current value differs from its base was changed by hand. A field is proposed only when the new
 * value differs from both the current one and the base, so an editor's correction is never
 * offered back to what the pipeline said before. Reads only; nothing is written.
 */
public final class PageComparison {

	/** A stored article: its fields now, and as imported ({@code null} when not known). */
	private record Stored(long id, long version, List<Integer> sourceLines, ArticleFields current,
			ArticleFields base) {
	}

	private record Pair(int stored, int fresh, int overlap) {
	}

	private static final String ARTICLES = """
			select a.id, a.version, a.source_lines, a.headline, a.subhead, a.bylines, a.body, a.captions, a.city_code,
			       a.district_code,
			       array(select t.township_code from article_township t where t.article_id = a.id) as townships,
			       i.fields is not null as known, i.fields->>'headline' as b_headline, i.fields->>'subhead' as b_subhead,
			       array(select jsonb_array_elements_text(i.fields->'bylines')) as b_bylines, i.fields->>'body' as b_body,
			       array(select jsonb_array_elements_text(i.fields->'captions')) as b_captions,
			       i.fields->>'cityCode' as b_city, i.fields->>'districtCode' as b_district,
			       array(select jsonb_array_elements_text(i.fields->'townshipCodes')) as b_townships
			  from article a left join article_import i on i.article_id = a.id
			 where a.source_page_id = :page and a.status <> 'HIDDEN'
			 order by a.position
			""";

	private PageComparison() {
	}

	/**
	 * @param seeds where a seed page's correction comes from ({@code page_import.seed_file})
	 * @throws NotFoundException when there is no such page
	 */
	public static PageDiff compare(JdbcClient jdbc, IngestPipeline pipeline, SeedFiles seeds, long pageId) {
		String[] page = jdbc.sql("""
				select p.file_name, p.raw_text, i.seed_file from source_page p
				  left join page_import i on i.source_page_id = p.id where p.id = :id""")
			.param("id", pageId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) })
			.optional()
			.orElseThrow(() -> new NotFoundException("Page " + pageId));
		SeedFiles.Seed seed = page[2] == null ? null : seeds.find(page[2]).orElse(null);
		byte[] content = seed != null ? seed.content() : page[1].getBytes(StandardCharsets.UTF_8);
		Corrections corrections = seed != null ? seed.parsedCorrections() : Corrections.NONE;
		String hash = seed != null ? seed.contentHash() : IngestPipeline.sha256(content);
		PageModel fresh = pipeline.ingest(page[0], content, corrections);
		List<Stored> stored = jdbc.sql(ARTICLES).param("page", pageId).query((rs, n) -> stored(rs)).list();
		return compare(pageId, hash, stored, fresh);
	}

	private static PageDiff compare(long pageId, String hash, List<Stored> stored, PageModel fresh) {
		List<ArticleModel> articles = fresh.articles();
		List<Pair> pairs = new ArrayList<>();
		for (int s = 0; s < stored.size(); s++) {
			for (int f = 0; f < articles.size(); f++) {
				Set<Integer> shared = new HashSet<>(stored.get(s).sourceLines());
				shared.retainAll(articles.get(f).sourceLines());
				if (!shared.isEmpty()) {
					pairs.add(new Pair(s, f, shared.size()));
				}
			}
		}
		// the largest overlaps first: each article of either side is matched at most once
		pairs.sort((a, b) -> Integer.compare(b.overlap(), a.overlap()));
		Integer[] matchOf = new Integer[stored.size()];
		boolean[] freshUsed = new boolean[articles.size()];
		for (Pair pair : pairs) {
			if (matchOf[pair.stored()] == null && !freshUsed[pair.fresh()]) {
				matchOf[pair.stored()] = pair.fresh();
				freshUsed[pair.fresh()] = true;
			}
		}
		List<PageDiff.ArticleDiff> diffs = new ArrayList<>();
		List<PageDiff.Missing> missing = new ArrayList<>();
		for (int s = 0; s < stored.size(); s++) {
			Stored article = stored.get(s);
			if (matchOf[s] == null) {
				missing.add(new PageDiff.Missing(article.id(), article.current().headline()));
				continue;
			}
			ArticleModel match = articles.get(matchOf[s]);
			ArticleFields proposed = ArticleFields.of(match);
			diffs.add(new PageDiff.ArticleDiff(article.id(), article.version(), article.current().headline(),
					match.sourceLines(), changes(article, proposed), proposed));
		}
		List<PageDiff.Added> added = new ArrayList<>();
		for (int f = 0; f < articles.size(); f++) {
			if (!freshUsed[f]) {
				added.add(new PageDiff.Added(articles.get(f).headline(), articles.get(f).sourceLines()));
			}
		}
		return new PageDiff(pageId, hash, PipelineVersion.current(), diffs, added, missing);
	}

	private static List<PageDiff.FieldChange> changes(Stored article, ArticleFields proposed) {
		List<PageDiff.FieldChange> changes = new ArrayList<>();
		for (ArticleFields.Field field : ArticleFields.Field.values()) {
			boolean unchanged = proposed.same(article.current(), field);
			boolean asBefore = article.base() != null && proposed.same(article.base(), field);
			if (unchanged || asBefore) {
				continue;
			}
			boolean byHand = article.base() == null || !article.base().same(article.current(), field);
			changes.add(new PageDiff.FieldChange(article.id(), field, article.current().display(field),
					proposed.display(field), byHand));
		}
		return changes;
	}

	private static Stored stored(ResultSet rs) throws SQLException {
		ArticleFields current = new ArticleFields(rs.getString("headline"), rs.getString("subhead"),
				strings(rs.getArray("bylines")), rs.getString("body"), strings(rs.getArray("captions")),
				rs.getString("city_code"), rs.getString("district_code"), strings(rs.getArray("townships")));
		ArticleFields base = !rs.getBoolean("known") ? null
				: new ArticleFields(rs.getString("b_headline"), rs.getString("b_subhead"),
						strings(rs.getArray("b_bylines")), rs.getString("b_body"), strings(rs.getArray("b_captions")),
						rs.getString("b_city"), rs.getString("b_district"), strings(rs.getArray("b_townships")));
		List<Integer> lines = ints(rs.getArray("source_lines"));
		return new Stored(rs.getLong("id"), rs.getLong("version"), lines, current, base);
	}

}
