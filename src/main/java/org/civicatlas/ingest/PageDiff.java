package org.civicatlas.ingest;

import java.util.List;

/**
 * What running the current pipeline again over a stored page would change, for the editor
 * to confirm: each stored article's fields, figures and program links, the articles the
 * pipeline finds now and those it no longer finds. Articles are matched by the page lines
 * they were built from. Every change has a token the confirmation sends; a token names
 * the values too, so that a value that changed between showing and confirming is not
 * taken unseen.
 *
 * @param contentHash what the pipeline read this time (the page and, for a seed, its
 * correction)
 * @param pageVersion the page's version when compared: a confirmation made on an older
 * one is refused
 * @param added articles the pipeline finds now that match no stored one
 * @param missing stored articles the pipeline no longer finds
 */
public record PageDiff(long pageId, long pageVersion, String contentHash, String pipelineVersion,
		List<ArticleDiff> articles, List<Added> added, List<Missing> missing) {

	public PageDiff {
		articles = List.copyOf(articles);
		added = List.copyOf(added);
		missing = List.copyOf(missing);
	}

	/** Whether the page would stay exactly as it is. */
	public boolean isEmpty() {
		return articles.stream().allMatch(ArticleDiff::isEmpty) && added.isEmpty() && missing.isEmpty();
	}

	/**
	 * A stored article and what the new run would change in it.
	 *
	 * @param proposed the new run's fields, figures and programs: the base of the next
	 * comparison once confirmed
	 */
	public record ArticleDiff(long articleId, long version, String headline, List<Integer> sourceLines,
			List<FieldChange> changes, List<FigureChange> figures, List<ProgramChange> programs, ArticleFields proposed,
			List<MetricModel> proposedFigures, List<String> proposedPrograms) {

		public ArticleDiff {
			sourceLines = List.copyOf(sourceLines);
			changes = List.copyOf(changes);
			figures = List.copyOf(figures);
			programs = List.copyOf(programs);
			proposedFigures = List.copyOf(proposedFigures);
			proposedPrograms = List.copyOf(proposedPrograms);
		}

		public boolean isEmpty() {
			return changes.isEmpty() && figures.isEmpty() && programs.isEmpty();
		}

	}

	/**
	 * One field: its current and proposed value, and whether an editor changed it by hand
	 * since the last import (then the current value is kept unless the editor takes the
	 * new one).
	 */
	public record FieldChange(long articleId, ArticleFields.Field field, String current, String proposed,
			boolean handEdited) {

		public String token() {
			return articleId + ":" + field + ":" + Integer.toHexString(proposed.hashCode());
		}

	}

	/**
	 * A figure added ({@code metricId} null), removed ({@code proposed} null) or
	 * replaced.
	 *
	 * @param handEdited the stored figure was added or edited by hand (a conflict), or
	 * the base is unknown
	 */
	public record FigureChange(long articleId, Long metricId, long metricVersion, String current, MetricModel proposed,
			boolean handEdited) {

		public String proposedText() {
			return proposed == null ? "" : FigureValues.of(proposed).text();
		}

		public String token() {
			return articleId + ":FIGURE:" + Integer
				.toHexString((metricId + "@" + metricVersion + "|" + current + "|" + proposedText()).hashCode());
		}

	}

	/**
	 * A program link to make ({@code proposed} set: to the stored program of that name or
	 * alias in its district, else a new one) or to remove ({@code programId} set). Never
	 * deletes a program.
	 */
	public record ProgramChange(long articleId, Long programId, String name, List<String> aliases,
			ProgramModel proposed, boolean handEdited) {

		public ProgramChange {
			aliases = List.copyOf(aliases);
		}

		public String token() {
			return articleId + ":PROGRAM:" + Integer.toHexString((programId + "|" + name + "|" + aliases).hashCode());
		}

	}

	/** An article the pipeline finds now, with the programs it describes. */
	public record Added(ArticleModel article, List<ProgramModel> programs) {

		public Added {
			programs = List.copyOf(programs);
		}

		public String headline() {
			return article.headline();
		}

		public List<Integer> sourceLines() {
			return article.sourceLines();
		}

		public String token() {
			return "ADD:" + Integer.toHexString((article.sourceLines() + "|" + article.headline()).hashCode());
		}

	}

	/**
	 * A stored article the pipeline no longer finds.
	 *
	 * @param removable it is the pipeline's as imported (fields, figures and links as in
	 * the base): only then is it offered for removal; anything an editor made or changed
	 * is never deleted
	 */
	public record Missing(long articleId, long version, String headline, boolean removable) {

		public String token() {
			return "REMOVE:" + articleId + ":" + version;
		}

	}

}
