package org.civicatlas.portal.metrics;

import org.civicatlas.portal.common.BrowseFilters;
import org.civicatlas.portal.common.MetricWording;
import org.civicatlas.portal.common.TypeName;
import org.civicatlas.system.BadRequestException;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.civicatlas.system.CsvOutput;
import org.civicatlas.system.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every figure of the published articles, filtered, charted like with like, and as CSV.
 */
@Controller
class MetricController {

	static final int PAGE_SIZE = 50;

	/** A figure of the table with its value in words. */
	record Shown(MetricRowsReader.Row figure, String words) {
	}

	/**
	 * A (category, unit) pair the charts leave out, with the link that filters the page
	 * to it.
	 */
	record Uncharted(MetricCharts.Pair pair, String href) {
	}

	private final BrowseFilters filters;

	private final MetricRowsReader rows;

	private final MetricCharts charts;

	private final MetricWording wording;

	MetricController(BrowseFilters filters, MetricRowsReader rows, MetricCharts charts, MetricWording wording) {
		this.filters = filters;
		this.rows = rows;
		this.charts = charts;
		this.wording = wording;
	}

	@GetMapping("/metrics")
	String list(@RequestParam(required = false) String category, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String type, @RequestParam(required = false) String place,
			@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		List<TypeName> types = filters.types();
		List<MetricRowsReader.Unit> units = rows.units();
		MetricFilter filter = filter(category, unit, type, place, types, units);
		Paged<MetricRowsReader.Row> paging = rows.page(filter, page, PAGE_SIZE);
		model.addAttribute("filter", filter);
		model.addAttribute("types", types);
		model.addAttribute("units", byCategory(units));
		model.addAttribute("categories", MetricFilter.CATEGORIES);
		model.addAttribute("places", filters.placeChoices());
		model.addAttribute("figures", paging.rows()
			.stream()
			.map(row -> new Shown(row,
					wording.words(row.value(), row.valueMax(), row.unit(), row.approx(), row.category(), locale)))
			.toList());
		model.addAttribute("paging", paging);
		model.addAttribute("href", BrowseFilters.href("/metrics", filter.params(), 1));
		model.addAttribute("csv", BrowseFilters.href("/metrics.csv", filter.params(), 1));
		MetricCharts.Charts drawn = charts.build(rows.cells(filter), locale);
		model.addAttribute("charts", drawn);
		model
			.addAttribute("uncharted", drawn.uncharted()
				.stream()
				.map(pair -> new Uncharted(pair, BrowseFilters.href("/metrics",
						new MetricFilter(pair.category(), pair.unit(), filter.type(), filter.place()).params(), 1)))
				.toList());
		return "metrics/list";
	}

	/**
	 * The filtered view as the CSV of {@code /open-data/metrics.csv}: same columns, only
	 * its rows.
	 */
	@GetMapping("/metrics.csv")
	void download(@RequestParam(required = false) String category, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String type, @RequestParam(required = false) String place,
			HttpServletResponse response) throws IOException {
		MetricFilter filter = filter(category, unit, type, place, filters.types(), rows.units());
		try (CsvOutput csv = CsvOutput.start(response, "metrics.csv", MetricCsv.HEADER)) {
			rows.each(filter, row -> csv.row(MetricCsv.fields(row)));
		}
	}

	private MetricFilter filter(String category, String unit, String type, String place, List<TypeName> types,
			List<MetricRowsReader.Unit> units) {
		String checkedCategory = blankToNull(category);
		if (checkedCategory != null && !MetricFilter.CATEGORIES.contains(checkedCategory)) {
			throw new BadRequestException("unknown category");
		}
		String checkedUnit = blankToNull(unit);
		if (checkedUnit != null && units.stream().noneMatch(known -> known.unit().equals(checkedUnit))) {
			throw new BadRequestException("unknown unit");
		}
		return new MetricFilter(checkedCategory, checkedUnit, BrowseFilters.type(type, types).orElse(null),
				filters.place(place).orElse(null));
	}

	/** The units of the unit filter, grouped by category in the categories' order. */
	private static Map<String, List<MetricRowsReader.Unit>> byCategory(List<MetricRowsReader.Unit> units) {
		Map<String, List<MetricRowsReader.Unit>> grouped = new LinkedHashMap<>();
		for (String category : MetricFilter.CATEGORIES) {
			List<MetricRowsReader.Unit> ofCategory = units.stream()
				.filter(unit -> unit.category().equals(category))
				.toList();
			if (!ofCategory.isEmpty()) {
				grouped.put(category, ofCategory);
			}
		}
		return grouped;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
