package org.civicatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Runs a pipeline again over a stored page and compares its result with the page's
 * articles as they are now, and as they were imported (the base of
 * {@code article_import}): a field, figure or program link that differs from its base was
 * changed by hand. A value is proposed only when it differs from both the current one and
 * the base, so an editor's correction is never offered back to what the pipeline said
 * before ({@link FigureComparison}, {@link ProgramComparison} for figures and links).
 * Reads only; nothing is written.
 */
public final class PageComparison {

	private record Pair(int stored, int fresh, int overlap) {
	}

	private PageComparison() {
	}

	/**
	 * @param seeds where a seed page's correction comes from
	 * ({@code page_import.seed_file})
	 * @throws NotFoundException when there is no such page
	 */
	public static PageDiff compare(JdbcClient jdbc, IngestPipeline pipeline, SeedFiles seeds, long pageId) {
		String[] page = jdbc.sql("""
				select p.file_name, p.raw_text, i.seed_file, p.version from source_page p
				  left join page_import i on i.source_page_id = p.id where p.id = :id""")
			.param("id", pageId)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4) })
			.optional()
			.orElseThrow(() -> new NotFoundException("Page " + pageId));
		SeedFiles.Seed seed = page[2] == null ? null : seeds.find(page[2]).orElse(null);
		byte[] content = seed != null ? seed.content() : page[1].getBytes(StandardCharsets.UTF_8);
		Corrections corrections = seed != null ? seed.parsedCorrections() : Corrections.NONE;
		String hash = seed != null ? seed.contentHash() : IngestPipeline.sha256(content);
		PageModel fresh = pipeline.ingest(page[0], content, corrections);
		List<StoredArticles.Stored> stored = StoredArticles.load(jdbc, pageId);
		return compare(pageId, Long.parseLong(page[3]), hash, stored, fresh);
	}

	private static PageDiff compare(long pageId, long pageVersion, String hash, List<StoredArticles.Stored> stored,
			PageModel fresh) {
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
			StoredArticles.Stored article = stored.get(s);
			if (matchOf[s] == null) {
				missing.add(new PageDiff.Missing(article.id(), article.version(), article.current().headline(),
						article.asImported()));
				continue;
			}
			ArticleModel match = articles.get(matchOf[s]);
			List<ProgramModel> programs = match.programs().stream().map(fresh.programs()::get).toList();
			ArticleFields proposed = ArticleFields.of(match);
			diffs.add(new PageDiff.ArticleDiff(article.id(), article.version(), article.current().headline(),
					match.sourceLines(), changes(article, proposed),
					FigureComparison.compare(article.id(), article.figures(), article.baseFigures(), match.metrics()),
					ProgramComparison.compare(article.id(), article.links(), article.basePrograms(), programs),
					proposed, match.metrics(), programs.stream().map(ProgramModel::name).toList()));
		}
		List<PageDiff.Added> added = new ArrayList<>();
		for (int f = 0; f < articles.size(); f++) {
			if (!freshUsed[f]) {
				added.add(new PageDiff.Added(articles.get(f),
						articles.get(f).programs().stream().map(fresh.programs()::get).toList()));
			}
		}
		return new PageDiff(pageId, pageVersion, hash, PipelineVersion.current(), diffs, added, missing);
	}

	private static List<PageDiff.FieldChange> changes(StoredArticles.Stored article, ArticleFields proposed) {
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

}
