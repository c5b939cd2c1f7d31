package org.civicatlas.portal.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.civicatlas.system.PublicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds a place by its code with its ancestors and counts: one statement. */
@Component
class PlaceHeaderReader {

	// The code is looked up at all three levels at once: a township row leads to its
	// district, a
	// district (or the code itself) to its city; an unknown code finds no city and so no
	// row.
	// The code is looked up at all three levels at once: a township row leads to its
	// district, a
	// district (or the code itself) to its city; an unknown code finds no city and so no
	// row. The
	// counts are kept at commit (public_tally, R__public_summaries.sql).
	private static final String SQL = """
			select c.code as city_code, c.name as city_name, c.name_en as city_name_en,
			       d.code as district_code, d.name as district_name, d.name_en as district_name_en,
			       t.code as township_code, t.name as township_name, t.name_en as township_name_en,
			       coalesce(sum(n.n) filter (where n.facet = :programsSelf), 0) as programs_self,
			       coalesce(sum(n.n) filter (where n.facet = 'programs'), 0) as programs_all,
			       coalesce(sum(n.n) filter (where n.facet = :articlesSelf), 0) as articles_self,
			       coalesce(sum(n.n) filter (where n.facet = 'articles'), 0) as articles_all
			  from (select cast(:code as varchar) as code) x
			  left join township t on t.code = x.code
			  left join district d on d.code = coalesce(t.district_code, x.code)
			  join city c on c.code = coalesce(d.city_code, x.code)
			  left join public_tally n on n.scope = x.code and n.value = ''
			       and n.facet in ('programs', 'articles', :programsSelf, :articlesSelf)
			 group by c.code, c.name, c.name_en, d.code, d.name, d.name_en, t.code, t.name, t.name_en
			""";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	PlaceHeaderReader(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * The place with this code; empty when there is none (the code's shape is checked by
	 * {@link Level#of}).
	 */
	Optional<PlaceHeader> find(String code) {
		Level level = Level.of(code);
		return cache.get(List.of(PlaceHeaderReader.class, code), () -> read(level, code));
	}

	private Optional<PlaceHeader> read(Level level, String code) {
		PlaceScope self = new PlaceScope(level, code, Scope.SELF);
		return jdbc.sql(SQL)
			.param("code", code)
			.param("programsSelf", self.tallyFacet("programs"))
			.param("articlesSelf", self.tallyFacet("articles"))
			.query((rs, n) -> header(level, code, rs))
			.optional();
	}

	private static PlaceHeader header(Level level, String code, ResultSet rs) throws SQLException {
		List<PlaceHeader.Crumb> trail = new ArrayList<>();
		for (String prefix : new String[] { "city", "district", "township" }) {
			String placeCode = rs.getString(prefix + "_code");
			if (placeCode != null) {
				trail.add(new PlaceHeader.Crumb(placeCode,
						new Name(rs.getString(prefix + "_name"), rs.getString(prefix + "_name_en"))));
			}
		}
		PlaceHeader.Crumb self = trail.remove(trail.size() - 1);
		return new PlaceHeader(level, code, self.name(), List.copyOf(trail), rs.getLong("programs_self"),
				rs.getLong("programs_all"), rs.getLong("articles_self"), rs.getLong("articles_all"));
	}

}
