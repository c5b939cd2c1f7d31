package org.civicatlas.place.admin;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds places to edit by name, English name or code, all levels in one statement. */
@Repository
class PlaceSearch {

	static final int LIMIT = 50;

	record Found(String code, String level, String name, String nameEn, String parentName) {
	}

	private final JdbcClient jdbc;

	PlaceSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Without a query, the cities; otherwise matches at every level, cities first. */
	List<Found> find(String query) {
		String q = query == null ? "" : query.trim();
		if (q.isEmpty()) {
			return jdbc.sql("select code, 'city' as level, name, name_en, null as parent_name from city order by code")
				.query(Found.class)
				.list();
		}
		String escaped = q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return jdbc
			.sql("""
					select * from (
					    select code, 'city' as level, name, name_en, null as parent_name from city
					    union all
					    select d.code, 'district', d.name, d.name_en, c.name from district d join city c on c.code = d.city_code
					    union all
					    select t.code, 'township', t.name, t.name_en, c.name || ' ' || d.name
					    from township t join district d on d.code = t.district_code join city c on c.code = d.city_code
					) p
					where p.name like :like or p.name_en ilike :like or p.code like :prefix
					order by length(p.code), p.code
					limit :limit""")
			.param("like", "%" + escaped + "%")
			.param("prefix", escaped + "%")
			.param("limit", LIMIT)
			.query(Found.class)
			.list();
	}

}
