package org.civicatlas.portal.metrics;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.civicatlas.portal.common.MetricWording;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class MetricChartsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final MetricCharts charts = new MetricCharts(new MetricWording(messages()), messages(), json);

	@Test
	void neverAddsDifferentUnitsOrCategoriesTogether() {
		List<MetricRowsReader.Cell> cells = List.of(place("money", "元", "330602", false, "50000", 1),
				place("money", "元", "330602", true, "300000", 2), place("count", "名", "330602", false, "54", 3),
				place("count", "人", "330602", false, "7", 1), type("money", "元", "social_welfare", false, "50000", 1),
				type("money", "元", "social_welfare", true, "300000", 2), type("count", "名", null, false, "54", 3),
				type("count", "人", null, false, "7", 1));
		MetricCharts.Charts drawn = charts.build(cells, Locale.SIMPLIFIED_CHINESE);
		// the three pairs with most figures, by place and by type; the others only linked
		assertThat(drawn.charts()).hasSize(6);
		assertThat(drawn.uncharted()).isEmpty();
		MetricCharts.Chart money = drawn.charts()
			.stream()
			.filter(c -> c.title().contains("元") && c.dimension().equals("place"))
			.findFirst()
			.orElseThrow();
		JsonNode data = json.readTree(money.json());
		assertThat(data.get("unit").asString()).isEqualTo("元");
		assertThat(data.get("exact").get(0).asDouble()).isEqualTo(50000);
		assertThat(data.get("approximate").get(0).asDouble()).isEqualTo(300000);
		assertThat(money.bars()).singleElement().satisfies(bar -> assertThat(bar.figures()).isEqualTo(3));
		assertThat(drawn.charts()).allSatisfy(chart -> {
			JsonNode one = json.readTree(chart.json());
			assertThat(chart.title()).contains("（单位：" + one.get("unit").asString() + "）");
		});
	}

	@Test
	void onlyTheLargestPairsAreDrawn() {
		List<MetricRowsReader.Cell> cells = List.of(place("count", "个", "3306", false, "1", 5),
				place("count", "名", "3306", false, "1", 4), place("money", "元", "3306", false, "1", 3),
				place("area", "亩", "3306", false, "1", 2));
		MetricCharts.Charts drawn = charts.build(cells, Locale.ENGLISH);
		assertThat(drawn.charts()).extracting(MetricCharts.Chart::title)
			.filteredOn(title -> title.endsWith("district"))
			.containsExactly("Counts (个), added up by district", "Counts (名), added up by district",
					"Money (元), added up by district");
		assertThat(drawn.uncharted()).containsExactly(new MetricCharts.Pair("area", "亩", 2));
	}

	private static MetricRowsReader.Cell place(String category, String unit, String code, boolean approximate,
			String total, long figures) {
		return new MetricRowsReader.Cell(category, unit, null, "place", code, "地" + code, null, approximate,
				new BigDecimal(total), new BigDecimal(total), new BigDecimal(total), figures);
	}

	private static MetricRowsReader.Cell type(String category, String unit, String key, boolean approximate,
			String total, long figures) {
		return new MetricRowsReader.Cell(category, unit, null, "type", key, key == null ? null : "类" + key, null,
				approximate, new BigDecimal(total), new BigDecimal(total), new BigDecimal(total), figures);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/metrics", "i18n/programs");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
