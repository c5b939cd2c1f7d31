package org.civicatlas.portal.programs;

import java.util.List;

import org.civicatlas.system.Paged;

/**
 * What the finder shows: the filters as facets and chips, one page of results (the
 * programs that pass every filter) and, for the pager, the address of the first page.
 */
record FinderView(FinderQuery query, Paged<Result> results, Facets facets, List<Chip> chips, String clearHref,
		String firstPageHref) {

	/**
	 * One program of the results. {@code place} is its place path, city first, in the
	 * reader's language.
	 */
	record Result(long id, String name, List<String> aliases, String description, String type, String subtype,
			List<String> place, String village, long metricCount, long articleCount) {
	}

	/**
	 * The facets: each value with how many programs it gives combined with the other
	 * active filters. {@code placePath} leads from the province to the chosen place;
	 * {@code places} goes one level down.
	 */
	record Facets(List<Value> types, List<Group> subtypes, List<Link> placePath, List<Link> places, Value metrics) {
	}

	record Value(String key, String label, long count, boolean selected) {
	}

	/** The subtypes of one type. */
	record Group(String label, List<Value> values) {
	}

	record Link(String label, long count, String href) {
	}

	/**
	 * An active filter; following {@code href} removes it. {@code kind} is {@code q},
	 * {@code type}, {@code subtype}, {@code place} or {@code metrics}.
	 */
	record Chip(String kind, String label, String href) {
	}

}
