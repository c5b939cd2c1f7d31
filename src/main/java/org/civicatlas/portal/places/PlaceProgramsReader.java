package org.civicatlas.portal.places;

import java.util.Collection;
import java.util.List;

import org.civicatlas.system.PublicCache;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The published programs of a place and their types: one statement each. */
@Component
class PlaceProgramsReader {

	// counted at commit (public_tally, R__public_summaries.sql): one primary-key look-up
	// per type
	private static final String TYPES = """
			select ty.key, ty.name_zh, ty.name_en,
			       coalesce((select t.n from public_tally t
			                  where t.scope = :scope and t.facet = :facet and t.value = ty.key), 0) as programs
			  from program_type ty
			 order by ty.position
			""";

	// The first programs of the place in id order, read from the index on its level's
	// column of program_fact (R__public_summaries.sql), whatever the place holds; the
	// total from the tally.
	private static final String PROGRAMS = """
			select p.id, p.name, coalesce(t.name, d.name, c.name) as place, coalesce(t.name_en, d.name_en, c.name_en) as place_en,
			       array(select s.type_key from program_subtype_link l join program_subtype s on s.key = l.subtype_key
			              where l.program_id = p.id group by s.type_key order by min(l.position)) as types,
			       %s as total
			  from (select f.program_id from program_fact f
			         where %s %s
			         order by f.program_id
			         limit :limit) f
			  join program p on p.id = f.program_id
			  left join city c on c.code = p.city_code
			  left join district d on d.code = p.district_code
			  left join township t on t.code = p.township_code
			 order by p.id
			""";

	private static final String OF_TYPES = "and f.types && array[:types]::text[]";

	// all programs, or those of one type, are counted at commit
	private static final String TALLIED = """
			(select n from public_tally where scope = :scope and facet = :facet and value = :value)""";

	// programs of any of several types are not: they are counted over the place's narrow
	// program_fact rows (every row for all of Zhejiang, "What is left" in performance.md)
	private static final String COUNTED = "(select count(*) from program_fact f where %s %s)";

	private final JdbcClient jdbc;

	private final PublicCache cache;

	PlaceProgramsReader(JdbcClient jdbc, PublicCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/** All 13 types in their order, each with how many of the scope's programs it has. */
	List<ProgramType> types(PlaceScope scope) {
		return cache.get(List.of(PlaceProgramsReader.class, "types", scope),
				() -> jdbc.sql(TYPES)
					.param("scope", scope.tallyScope())
					.param("facet", scope.tallyFacet("type"))
					.query((rs, n) -> new ProgramType(rs.getString("key"),
							new Name(rs.getString("name_zh"), rs.getString("name_en")), rs.getLong("programs")))
					.list());
	}

	/**
	 * The scope's programs of any of these types (all types when none is given), at most
	 * {@code limit}.
	 */
	Shown<ProgramItem> find(PlaceScope scope, Collection<String> types, int limit) {
		return cache.get(List.of(PlaceProgramsReader.class, "find", scope, List.copyOf(types), limit),
				() -> read(scope, types, limit));
	}

	private Shown<ProgramItem> read(PlaceScope scope, Collection<String> types, int limit) {
		String where = scope.onProgram("f");
		String ofTypes = types.isEmpty() ? "" : OF_TYPES;
		String total = types.size() > 1 ? COUNTED.formatted(where, ofTypes) : TALLIED;
		return Shown.of(jdbc.sql(PROGRAMS.formatted(total, where, ofTypes))
			.param("code", scope.code())
			.param("types", List.copyOf(types))
			.param("scope", scope.tallyScope())
			.param("facet", scope.tallyFacet(types.isEmpty() ? "programs" : "type"))
			.param("value", types.isEmpty() ? "" : types.iterator().next())
			.param("limit", limit)
			.query((rs, n) -> new Shown.Row<>(new ProgramItem(rs.getLong("id"), rs.getString("name"),
					new Name(rs.getString("place"), rs.getString("place_en")), SqlArrays.strings(rs.getArray("types"))),
					rs.getLong("total")))
			.list());
	}

}
