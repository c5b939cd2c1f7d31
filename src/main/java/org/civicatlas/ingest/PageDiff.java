package org.civicatlas.ingest;

import java.util.List;

/**
 * What running the current pipeline again over a stored page would change, field by field, for
 * the editor to confirm. Articles are matched by the page lines they were built from.
 *
 * @param contentHash what the pipeline read this time (the page and, for a seed, its correction)
 * @param added articles the pipeline finds now that match no stored one (headline, lines)
 * @param missing stored articles the pipeline no longer finds
 */
public record PageDiff(long pageId, String contentHash, String pipelineVersion, List<ArticleDiff> articles,
		List<Added> added, List<Missing> missing) {

	public PageDiff {
		articles = List.copyOf(articles);
		added = List.copyOf(added);
		missing = List.copyOf(missing);
	}

	/** Whether the page would stay exactly as it is. */
	public boolean isEmpty() {
		return articles.stream().allMatch(article -> article.changes().isEmpty()) && added.isEmpty() && missing.isEmpty();
	}

	/** A stored article and the fields whose new value differs from the current one. */
	public record ArticleDiff(long articleId, long version, String headline, List<Integer> sourceLines,
			List<FieldChange> changes, ArticleFields proposed) {

		public ArticleDiff {
			sourceLines = List.copyOf(sourceLines);
			changes = List.copyOf(changes);
		}

	}

	/**
	 * One field: its current and proposed value, and whether an editor changed it by hand since the
	 * last import (then the current value is kept unless the editor takes the new one).
	 */
	public record FieldChange(long articleId, ArticleFields.Field field, String current, String proposed,
			boolean handEdited) {

		/**
		 * What the form sends to take the proposed value; it names the value too, so that a value
		 * that changed between showing and confirming is not taken unseen.
		 */
		public String token() {
			return articleId + ":" + field + ":" + Integer.toHexString(proposed.hashCode());
		}

	}

	public record Added(String headline, List<Integer> sourceLines) {
	}

	public record Missing(long articleId, String headline) {
	}

}
