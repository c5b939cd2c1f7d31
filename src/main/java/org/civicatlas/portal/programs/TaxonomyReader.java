package org.civicatlas.portal.programs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the taxonomy in one statement; both pages need its names and the finder its keys.
 */
@Component
class TaxonomyReader {

	private static final String SQL = """
			select t.key as type_key, t.name_zh as type_zh, t.name_en as type_en,
			       s.key as subtype_key, s.name_zh as subtype_zh, s.name_en as subtype_en
			  from program_type t
			  left join program_subtype s on s.type_key = t.key
			 order by t.position, s.position
			""";

	private final JdbcClient jdbc;

	TaxonomyReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Taxonomy read() {
		return Taxonomy.of(jdbc.sql(SQL).query(Taxonomy.Row.class).list());
	}

}
