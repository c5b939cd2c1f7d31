package org.civicatlas.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one article, three ways (as {@link PageComparison} compares the text
 * fields): a figure stored now that equals one of the base is the pipeline's; any other
 * was added or edited by hand. A new figure is offered only when it is neither stored nor
 * in the base (one the pipeline already made and an editor removed or changed is not
 * offered again); a figure of the pipeline's the new run no longer makes is offered for
 * removal; a hand-made one is never removed, and when the new run makes a different
 * figure in its place the two are shown as a conflict, unticked. Pure: lists in, changes
 * out.
 */
final class FigureComparison {

	/** A figure stored now. */
	record Current(long id, long version, FigureValues values) {
	}

	private FigureComparison() {
	}

	/**
	 * Takes from {@code added} the figure standing where {@code figure} stood: same line
	 * and label, else same line and quote.
	 */
	private static MetricModel take(List<MetricModel> added, FigureValues figure) {
		MetricModel found = added.stream()
			.filter(metric -> figure.sameLabel(FigureValues.of(metric)))
			.findFirst()
			.or(() -> added.stream().filter(metric -> figure.sameQuote(FigureValues.of(metric))).findFirst())
			.orElse(null);
		added.remove(found);
		return found;
	}

	/**
	 * @param base the figures as last imported, {@code null} when not known (every stored
	 * one then counts as the editor's)
	 */
	static List<PageDiff.FigureChange> compare(long articleId, List<Current> current, List<FigureValues> base,
			List<MetricModel> fresh) {
		List<MetricModel> added = new ArrayList<>();
		for (MetricModel metric : fresh) {
			FigureValues values = FigureValues.of(metric);
			boolean stored = current.stream().anyMatch(figure -> figure.values().same(values));
			boolean madeBefore = base != null && base.stream().anyMatch(values::same);
			if (!stored && !madeBefore) {
				added.add(metric);
			}
		}
		List<PageDiff.FigureChange> changes = new ArrayList<>();
		List<Current> gone = current.stream()
			.filter(figure -> fresh.stream().noneMatch(metric -> figure.values().same(FigureValues.of(metric))))
			.toList();
		// the pipeline's own figures first: each one it no longer makes is changed or
		// removed
		for (Current figure : gone) {
			if (base != null && base.stream().anyMatch(figure.values()::same)) {
				MetricModel replacement = take(added, figure.values());
				changes.add(new PageDiff.FigureChange(articleId, figure.id(), figure.version(), figure.values().text(),
						replacement, false));
			}
		}
		// a figure made or edited by hand is a conflict only where the pipeline reads its
		// figure differently now
		for (Current figure : gone) {
			boolean pipeline = base != null && base.stream().anyMatch(figure.values()::same);
			boolean readsOtherwise = base == null || base.stream()
				.filter(made -> made.sameLabel(figure.values()) && made.sameQuote(figure.values()))
				.anyMatch(made -> fresh.stream().noneMatch(metric -> made.same(FigureValues.of(metric))));
			MetricModel replacement = pipeline || !readsOtherwise ? null : take(added, figure.values());
			if (replacement != null) {
				changes.add(new PageDiff.FigureChange(articleId, figure.id(), figure.version(), figure.values().text(),
						replacement, true));
			}
		}
		for (MetricModel metric : added) {
			changes.add(new PageDiff.FigureChange(articleId, null, 0, "", metric, base == null));
		}
		return changes;
	}

}
