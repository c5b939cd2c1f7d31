package org.civicatlas.portal.metrics;

import java.util.List;
import java.util.Locale;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The unfiltered figures page reads only the kept cells it draws (the charted pairs'
 * cells, one row per other pair and per rate): its charts, other pairs and rates are
 * those that every kept cell gives.
 */
@PortalTest
class KeptCellsTests {

	// every kept cell, as the page read them before it read only what it draws
	private static final String EVERY_CELL = """
			select k.category, k.unit, nullif(k.per, '') as per, k.kind, nullif(k.code, '') as code,
			       case k.kind when 'type' then ty.name_zh else coalesce(d.name, c.name) end as name,
			       case when k.kind = 'type' then ty.name_en when d.code is null then c.name_en else d.name_en end as name_en,
			       k.approximate, k.total, k.low, k.high, k.figures
			  from metric_cell k
			  left join city c on k.kind = 'place' and c.code = k.code
			  left join district d on k.kind = 'place' and d.code = k.code
			  left join program_type ty on k.kind = 'type' and ty.key = k.code
			 where k.figures > 0 and (cast(:category as text) is null or k.category = :category)
			 order by k.category, k.unit, k.per, k.approximate, k.kind, k.code
			""";

	@Autowired
	MetricRowsReader rows;

	@Autowired
	MetricCharts charts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theChartsOtherPairsAndRatesAreThoseOfEveryCell() {
		for (String category : new String[] { null, "count", "money" }) {
			for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
				MetricFilter filter = new MetricFilter(category, null, null, null);
				MetricCharts.Charts drawn = charts.build(rows.cells(filter), locale);
				MetricCharts.Charts expected = charts.build(everyCell(category), locale);
				assertThat(drawn).as("category %s, %s", category, locale).isEqualTo(expected);
				if (category == null) {
					assertThat(drawn.charts()).hasSize(2 * MetricCharts.CHARTED_PAIRS);
					assertThat(drawn.uncharted()).isNotEmpty();
					assertThat(drawn.rates()).isNotEmpty();
				}
			}
		}
	}

	private List<MetricRowsReader.Cell> everyCell(String category) {
		return jdbc.sql(EVERY_CELL)
			.param("category", category)
			.query((rs, n) -> new MetricRowsReader.Cell(rs.getString("category"), rs.getString("unit"),
					rs.getString("per"), rs.getString("kind"), rs.getString("code"), rs.getString("name"),
					rs.getString("name_en"), rs.getBoolean("approximate"), rs.getBigDecimal("total"),
					rs.getBigDecimal("low"), rs.getBigDecimal("high"), rs.getLong("figures")))
			.list();
	}

}
