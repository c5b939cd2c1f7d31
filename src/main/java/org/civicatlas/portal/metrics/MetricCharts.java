package org.civicatlas.portal.metrics;

import org.civicatlas.portal.common.MetricWording;
import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.portal.common.TypeName;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.databind.ObjectMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the sums of {@link MetricRowsReader#cells} into charts that only add like to
 * like: rates (a basis such as per month or per mu) are shown as the range of their
 * figures, never summed; one chart per (category, unit) pair and dimension, never a bar
 * that mixes yuan with people. Approximate figures (余, 多, 近, ranges…) stay a series of
 * their own, so a reader sees how much of a bar is a lower or rough bound. Only the pairs
 * with the most figures are drawn; the page links the others.
 */
@Component
class MetricCharts {

	static final int CHARTED_PAIRS = 3;

	static final List<String> DIMENSIONS = List.of("place", "type");

	/** One bar: a place or a program type, with its exact and approximate sums. */
	record Bar(String label, BigDecimal exact, BigDecimal approximate, long figures, String exactWords,
			String approximateWords) {
	}

	/**
	 * A chart, with the data of its canvas as JSON for {@code metrics.js} and its bars
	 * for the table.
	 */
	record Chart(String id, String dimension, String title, List<Bar> bars, String json) {
	}

	/**
	 * A (category, unit) pair of the filtered view and how many additive figures it
	 * holds.
	 */
	record Pair(String category, String unit, long figures) {
	}

	/**
	 * The figures of one rate (category, unit and basis) of the filtered view: a range,
	 * never a sum.
	 */
	record Rate(String category, String unit, String per, long figures, String words) {
	}

	record Charts(List<Chart> charts, List<Pair> uncharted, List<Rate> rates) {
	}

	private final MetricWording wording;

	private final MessageSource messages;

	private final ObjectMapper json;

	MetricCharts(MetricWording wording, MessageSource messages, ObjectMapper json) {
		this.wording = wording;
		this.messages = messages;
		this.json = json;
	}

	Charts build(List<MetricRowsReader.Cell> all, Locale locale) {
		List<MetricRowsReader.Cell> cells = all.stream().filter(cell -> cell.per() == null).toList();
		Map<List<String>, List<MetricRowsReader.Cell>> byPair = cells.stream()
			.collect(Collectors.groupingBy(cell -> List.of(cell.category(), cell.unit()), LinkedHashMap::new,
					Collectors.toList()));
		// every figure is in one cell per dimension, so one dimension's cells count the
		// pair's figures
		List<Pair> pairs = byPair.entrySet()
			.stream()
			.map(entry -> new Pair(entry.getKey().get(0), entry.getKey().get(1),
					entry.getValue()
						.stream()
						.filter(cell -> cell.dimension().equals(DIMENSIONS.get(0)))
						.mapToLong(MetricRowsReader.Cell::figures)
						.sum()))
			.sorted(Comparator.comparingLong(Pair::figures)
				.reversed()
				.thenComparing(pair -> MetricRowsReader.ADDITIVE.indexOf(pair.category()))
				.thenComparing(Pair::unit))
			.toList();
		int charted = Math.min(CHARTED_PAIRS, pairs.size());
		List<Chart> charts = new ArrayList<>();
		for (Pair pair : pairs.subList(0, charted)) {
			List<MetricRowsReader.Cell> ofPair = byPair.get(List.of(pair.category(), pair.unit()));
			for (String dimension : DIMENSIONS) {
				charts.add(chart("chart-" + (charts.size() + 1), pair, dimension,
						ofPair.stream().filter(cell -> cell.dimension().equals(dimension)).toList(), locale));
			}
		}
		return new Charts(charts, pairs.subList(charted, pairs.size()), rates(all, locale));
	}

	/**
	 * Each rate of the view as the range of its figures (one dimension holds every figure
	 * once).
	 */
	private List<Rate> rates(List<MetricRowsReader.Cell> cells, Locale locale) {
		Map<List<String>, List<MetricRowsReader.Cell>> byRate = cells.stream()
			.filter(cell -> cell.per() != null && cell.dimension().equals(DIMENSIONS.get(0)))
			.collect(Collectors.groupingBy(cell -> List.of(cell.category(), cell.unit(), cell.per()),
					LinkedHashMap::new, Collectors.toList()));
		List<Rate> rates = new ArrayList<>();
		byRate.forEach((key, ofRate) -> {
			BigDecimal low = ofRate.stream().map(MetricRowsReader.Cell::low).reduce(BigDecimal::min).orElseThrow();
			BigDecimal high = ofRate.stream().map(MetricRowsReader.Cell::high).reduce(BigDecimal::max).orElseThrow();
			String words = wording.words(low, high.compareTo(low) > 0 ? high : null, key.get(1), null, key.get(0),
					locale);
			rates.add(new Rate(key.get(0), key.get(1), key.get(2),
					ofRate.stream().mapToLong(MetricRowsReader.Cell::figures).sum(), words));
		});
		return rates;
	}

	private Chart chart(String id, Pair pair, String dimension, List<MetricRowsReader.Cell> cells, Locale locale) {
		Map<String, List<MetricRowsReader.Cell>> byBucket = cells.stream()
			.collect(
					Collectors.groupingBy(cell -> String.valueOf(cell.key()), LinkedHashMap::new, Collectors.toList()));
		List<Bar> bars = new ArrayList<>();
		for (List<MetricRowsReader.Cell> bucket : byBucket.values()) {
			BigDecimal exact = sum(bucket, false);
			BigDecimal approximate = sum(bucket, true);
			bars.add(new Bar(label(bucket.get(0), dimension, locale), exact, approximate,
					bucket.stream().mapToLong(MetricRowsReader.Cell::figures).sum(),
					wording.words(exact, null, pair.unit(), null, pair.category(), locale),
					wording.words(approximate, null, pair.unit(), null, pair.category(), locale)));
		}
		bars.sort(Comparator.comparing((Bar bar) -> bar.exact().add(bar.approximate()))
			.reversed()
			.thenComparing(Bar::label));
		String title = message("metrics.chart." + dimension, locale,
				message("metrics.category." + pair.category(), locale), pair.unit());
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("title", title);
		data.put("category", pair.category());
		data.put("unit", pair.unit());
		data.put("labels", bars.stream().map(Bar::label).toList());
		data.put("exact", bars.stream().map(bar -> bar.exact().doubleValue()).toList());
		data.put("approximate", bars.stream().map(bar -> bar.approximate().doubleValue()).toList());
		data.put("exactLabel", message("metrics.chart.exact", locale));
		data.put("approximateLabel", message("metrics.chart.approximate", locale));
		return new Chart(id, dimension, title, bars, json.writeValueAsString(data));
	}

	private String label(MetricRowsReader.Cell cell, String dimension, Locale locale) {
		if (cell.key() == null) {
			return message("metrics.chart.none." + dimension, locale);
		}
		return dimension.equals("place") ? new PlaceName(cell.key(), cell.name(), cell.nameEn()).label(locale)
				: new TypeName(cell.key(), cell.name(), cell.nameEn()).label(locale);
	}

	private static BigDecimal sum(List<MetricRowsReader.Cell> cells, boolean approximate) {
		return cells.stream()
			.filter(cell -> cell.approximate() == approximate)
			.map(MetricRowsReader.Cell::total)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
