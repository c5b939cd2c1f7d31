package org.civicatlas.portal.metrics;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.civicatlas.portal.common.PlaceName;
import org.civicatlas.system.Cursors;
import org.civicatlas.system.Paged;
import org.civicatlas.system.PublicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The figures of published articles that a {@link MetricFilter} selects, one statement
 * per use: a page of them, all of them (the CSV), or the sums the charts draw.
 */
@Component
class MetricRowsReader {

	/** One figure with what its row shows and what the CSV carries. */
	record Row(long id, long articleId, String label, BigDecimal value, BigDecimal valueMax, String unit, String approx,
			String category, String quote, Long programId, String programName, PlaceName place, String file,
			Integer line, String per) {
	}

	/**
	 * A unit the published figures use, in its category, with how many figures use it.
	 */
	record Unit(String category, String unit, long figures) {
	}

	/**
	 * A sum for the charts: the exact or the approximate figures of one category, unit
	 * and basis in one bucket of a dimension ({@code place}: the article's district or
	 * city; {@code type}: the program's type); the bucket's key is null for figures
	 * without a place or a program. A rate ({@code per} not null) is never summed:
	 * {@code low} and {@code high} bound its figures.
	 */
	record Cell(String category, String unit, String per, String dimension, String key, String name, String nameEn,
			boolean approximate, BigDecimal total, BigDecimal low, BigDecimal high, long figures) {
	}

	/**
	 * The categories whose figures may be added up; a sum of percentages or of ages means
	 * nothing.
	 */
	static final List<String> ADDITIVE = List.of("count", "money", "area");

	private static final String FROM = """
			  from metric m
			  join article a on a.id = m.article_id and a.status = 'PUBLISHED'
			  join source_page sp on sp.id = a.source_page_id
			  left join program pr on pr.id = m.program_id and pr.status = 'PUBLISHED'
			  left join city c on c.code = a.city_code
			  left join district d on d.code = a.district_code
			""";

	private static final String ROWS = """
			select m.id, m.article_id, m.label, m.value, m.value_max, m.unit, m.approx, m.category, m.quote,
			       pr.id as program_id, pr.name as program_name, coalesce(d.code, c.code) as place_code,
			       coalesce(d.name, c.name) as place_name,
			       case when d.code is null then c.name_en else d.name_en end as place_name_en,
			       sp.file_name, m.source_line, m.per, %s as total
			""" + FROM + " where true %s order by m.id";

	// Without a type or a place, the total is the tally's count of figures per unit (kept
	// at commit,
	// R__public_summaries.sql); with one, the window counts the filtered figures.
	private static final String TALLIED_TOTAL = """
			(select coalesce(sum(t.n), 0) from public_tally t
			  where t.scope = '' and t.facet like 'unit:%' and (cast(:category as text) is null or t.facet = 'unit:' || :category)
			    and (cast(:unit as text) is null or t.value = :unit))""";

	// The sums of the unfiltered figures, kept at commit per bucket (metric_cell,
	// R__public_summaries.sql); a category or unit only picks cells. Only what
	// MetricCharts draws is read: every cell of the pairs it charts (the most figures
	// first, its order), one row per other pair carrying its count of figures, and one
	// row per rate with its range (a rate is shown as a range, never by bucket); the
	// rows of a pair or rate hold the same figures as its cells did, a few dozen rows
	// instead of thousands. The type and place filters cut across the buckets: those use
	// CELLS.
	private static final String KEPT_CELLS = """
			with cell as (
			  select * from metric_cell k
			   where k.figures > 0 and (cast(:category as text) is null or k.category = :category)
			     and (cast(:unit as text) is null or k.unit = :unit)
			), pair as (
			  select k.category, k.unit, sum(k.figures) as figures,
			         row_number() over (order by sum(k.figures) desc,
			                            array_position(cast(array[:additive] as text[]), cast(k.category as text)),
			                            k.unit collate "C") as position
			    from cell k where k.per = '' and k.kind = 'place' group by 1, 2
			)
			select * from (
			select k.category, k.unit, null as per, k.kind, nullif(k.code, '') as code,
			       case k.kind when 'type' then ty.name_zh else coalesce(d.name, c.name) end as name,
			       case when k.kind = 'type' then ty.name_en when d.code is null then c.name_en else d.name_en end as name_en,
			       k.approximate, k.total, k.low, k.high, k.figures
			  from cell k
			  join pair on pair.category = k.category and pair.unit = k.unit and pair.position <= :charted
			  left join city c on k.kind = 'place' and c.code = k.code
			  left join district d on k.kind = 'place' and d.code = k.code
			  left join program_type ty on k.kind = 'type' and ty.key = k.code
			 where k.per = ''
			union all
			select pair.category, pair.unit, null, 'place', null, null, null, false, 0, 0, 0, pair.figures
			  from pair where pair.position > :charted
			union all
			select k.category, k.unit, k.per, 'place', null, null, null, false, 0, min(k.low), max(k.high), sum(k.figures)
			  from cell k where k.per <> '' and k.kind = 'place'
			 group by k.category, k.unit, k.per
			) kept order by category, unit, per nulls first, approximate, kind, code
			""";

	// Each figure is counted twice, once by its article's district (or city) and once by
	// the type
	// of its program's primary subtype; planned targets and figures without a value are
	// left out.
	// Grouped by the basis too, so that a rate (per month, per mu …) never joins a sum of
	// totals.
	private static final String CELLS = """
			select m.category, m.unit, m.per, dim.kind, dim.code, dim.name, dim.name_en,
			       (m.approx is not null or m.value_max is not null) as approximate,
			       sum(m.value) as total, min(m.value) as low, max(coalesce(m.value_max, m.value)) as high,
			       count(*) as figures
			""" + FROM + """
			  left join lateral (select t.key, t.name_zh, t.name_en from program_subtype_link l
			                       join program_subtype s on s.key = l.subtype_key
			                       join program_type t on t.key = s.type_key
			                      where l.program_id = pr.id and l.position = 0) pt on true
			 cross join lateral (values
			        ('place', coalesce(d.code, c.code), coalesce(d.name, c.name),
			         case when d.code is null then c.name_en else d.name_en end),
			        ('type', pt.key, pt.name_zh, pt.name_en)) dim (kind, code, name, name_en)
			 where m.category in (:additive) and m.value is not null and m.approx is distinct from 'target' %s
			 group by 1, 2, 3, 4, 5, 6, 7, 8
			""";

	// counted at commit (public_tally, R__public_summaries.sql)
	private static final String UNITS = """
			select substr(t.facet, 6) as category, t.value as unit, t.n as figures
			  from public_tally t
			 where t.scope = '' and t.facet like 'unit:%' and t.n > 0
			 order by category, figures desc, unit
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	private final Cursors cursors;

	MetricRowsReader(JdbcClient jdbc, PublicCache cache, Cursors cursors) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.cursors = cursors;
	}

	List<Unit> units() {
		return cache.get(List.of(MetricRowsReader.class, "units"),
				() -> jdbc.sql(UNITS)
					.query((rs, n) -> new Unit(rs.getString("category"), rs.getString("unit"), rs.getLong("figures")))
					.list());
	}

	Paged<Row> page(MetricFilter filter, int page, int size) {
		return cache.get(List.of(MetricRowsReader.class, "page", filter, page, size), () -> read(filter, page, size));
	}

	private Paged<Row> read(MetricFilter filter, int page, int size) {
		MetricFilter.Condition where = filter.condition();
		String counted = tallied(filter) ? TALLIED_TOTAL : "count(*) over ()";
		return Paged.query(jdbc.sql(ROWS.formatted(counted, where.sql()) + " limit :limit offset :offset")
			.params(where.params())
			.param("category", filter.category())
			.param("unit", filter.unit()), page, size, (rs, n) -> row(rs));
	}

	/** Every row the filter selects, from a cursor (the CSV streams them). */
	void each(MetricFilter filter, Cursors.Sink<Row> sink) throws IOException {
		MetricFilter.Condition where = filter.condition();
		cursors.each(ROWS.formatted("null", where.sql()), where.params(), (rs, n) -> row(rs), sink);
	}

	List<Cell> cells(MetricFilter filter) {
		return cache.get(List.of(MetricRowsReader.class, "cells", filter), () -> sums(filter));
	}

	/**
	 * Whether the filter only picks a category or unit, so the kept counts and sums
	 * answer it.
	 */
	private static boolean tallied(MetricFilter filter) {
		return filter.type() == null && filter.place() == null;
	}

	private List<Cell> sums(MetricFilter filter) {
		MetricFilter.Condition where = filter.condition();
		String sql = tallied(filter) ? KEPT_CELLS : CELLS.formatted(where.sql());
		return jdbc.sql(sql)
			.params(where.params())
			.param("category", filter.category())
			.param("unit", filter.unit())
			.param("additive", ADDITIVE)
			.param("charted", MetricCharts.CHARTED_PAIRS)
			.query((rs, n) -> new Cell(rs.getString("category"), rs.getString("unit"), rs.getString("per"),
					rs.getString("kind"), rs.getString("code"), rs.getString("name"), rs.getString("name_en"),
					rs.getBoolean("approximate"), rs.getBigDecimal("total"), rs.getBigDecimal("low"),
					rs.getBigDecimal("high"), rs.getLong("figures")))
			.list();
	}

	private static Row row(ResultSet rs) throws SQLException {
		long programId = rs.getLong("program_id");
		Long program = rs.wasNull() ? null : programId;
		int line = rs.getInt("source_line");
		Integer sourceLine = rs.wasNull() ? null : line;
		PlaceName place = rs.getString("place_code") == null ? null
				: new PlaceName(rs.getString("place_code"), rs.getString("place_name"), rs.getString("place_name_en"));
		return new Row(rs.getLong("id"), rs.getLong("article_id"), rs.getString("label"), rs.getBigDecimal("value"),
				rs.getBigDecimal("value_max"), rs.getString("unit"), rs.getString("approx"), rs.getString("category"),
				rs.getString("quote"), program, rs.getString("program_name"), place, rs.getString("file_name"),
				sourceLine, rs.getString("per"));
	}

}
