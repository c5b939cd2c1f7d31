package org.civicatlas.portal.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.portal.programs.FinderView.Chip;
import org.civicatlas.portal.programs.FinderView.Facets;
import org.civicatlas.portal.programs.FinderView.Group;
import org.civicatlas.portal.programs.FinderView.Link;
import org.civicatlas.portal.programs.FinderView.Result;
import org.civicatlas.portal.programs.FinderView.Value;
import org.civicatlas.portal.programs.PlaceScopeReader.PlaceScope;
import org.civicatlas.portal.programs.FinderReader.FacetCounts;
import org.civicatlas.system.Paged;

/**
 * Turns the finder's query and counts into facets and chips, each link a canonical URL.
 */
final class FinderViewAssembler {

	private final FinderQuery query;

	private final Taxonomy taxonomy;

	private final PlaceScope scope;

	private final FacetCounts counts;

	private final Locale locale;

	FinderViewAssembler(FinderQuery query, Taxonomy taxonomy, PlaceScope scope, FacetCounts counts, Locale locale) {
		this.query = query;
		this.taxonomy = taxonomy;
		this.scope = scope;
		this.counts = counts;
		this.locale = locale;
	}

	FinderView view(Paged<Result> results) {
		return new FinderView(query, results, facets(), chips(), query.cleared().href(), query.withPage(1).href());
	}

	private Facets facets() {
		List<Value> types = taxonomy.types()
			.stream()
			.map(type -> value("type", type.key(), type.name(locale), query.types()))
			.toList();
		// every type is offered, but only the subtypes that would give programs (or are
		// chosen)
		List<Group> subtypes = taxonomy.types()
			.stream()
			.map(type -> new Group(type.name(locale),
					type.subtypes()
						.stream()
						.map(subtype -> value("subtype", subtype.key(), subtype.name(locale), query.subtypes()))
						.filter(value -> value.count() > 0 || value.selected())
						.toList()))
			.filter(group -> !group.values().isEmpty())
			.toList();
		List<Link> path = new ArrayList<>();
		path.add(new Link(null, 0, query.withPlace(null).href()));
		scope.path().forEach(place -> path.add(new Link(place.in(locale), 0, query.withPlace(place.code()).href())));
		List<Link> places = scope.children()
			.stream()
			.filter(child -> counts.get("place", child.code()) > 0)
			.map(child -> new Link(child.in(locale), counts.get("place", child.code()),
					query.withPlace(child.code()).href()))
			.toList();
		return new Facets(types, subtypes, path, places,
				new Value("yes", null, counts.get("metrics", "yes"), query.metrics()));
	}

	private Value value(String facet, String key, String label, List<String> chosen) {
		return new Value(key, label, counts.get(facet, key), chosen.contains(key));
	}

	private List<Chip> chips() {
		List<Chip> chips = new ArrayList<>();
		if (query.q() != null) {
			chips.add(new Chip("q", query.q(), query.withoutQ().href()));
		}
		for (String key : query.types()) {
			chips.add(new Chip("type", taxonomy.type(key).name(locale), query.withoutType(key).href()));
		}
		for (String key : query.subtypes()) {
			chips.add(new Chip("subtype", taxonomy.subtype(key).name(locale), query.withoutSubtype(key).href()));
		}
		PlaceName place = scope.place();
		if (place != null) {
			chips.add(new Chip("place", place.in(locale), query.withPlace(null).href()));
		}
		if (query.metrics()) {
			chips.add(new Chip("metrics", null, query.withoutMetrics().href()));
		}
		return chips;
	}

}
