package org.civicatlas.program.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.Paged;
import org.civicatlas.editing.TextFields;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.civicatlas.system.SqlArrays.strings;

/** What the program admin pages read, one statement per query. */
@Component
class ProgramAdminQueries {

	record Row(long id, String name, List<String> aliases, PublicationStatus status, Long mergedInto, String place,
			int articles, int metrics) {
	}

	/**
	 * A program as its form shows it, with what depends on it.
	 *
	 * @param mergedFrom how many programs were merged into this one (their addresses
	 * redirect here)
	 */
	record Edited(long id, ProgramForm form, Long mergedInto, String mergedIntoName, int articles, int metrics,
			int mergedFrom) {
	}

	record Subtype(String key, String nameZh, String nameEn) {

		public String label(boolean english) {
			return english ? nameEn : nameZh;
		}

	}

	/** A program type with its subtypes, for grouped choices. */
	record Type(String key, String nameZh, String nameEn, List<Subtype> subtypes) {

		public String label(boolean english) {
			return english ? nameEn : nameZh;
		}

	}

	private static final String LIST = """
			select p.id, p.name, p.aliases, p.status, p.merged_into,
			       coalesce(t.name, d.name, c.name) as place,
			       (select count(*) from article_program ap where ap.program_id = p.id) as articles,
			       (select count(*) from metric m where m.program_id = p.id) as metrics,
			       count(*) over () as total
			  from program p
			  left join city c on c.code = p.city_code
			  left join district d on d.code = p.district_code
			  left join township t on t.code = p.township_code
			 where (:q = '' or strpos(lower(p.name), lower(:q)) > 0
			        or exists (select 1 from unnest(p.aliases) a where strpos(lower(a), lower(:q)) > 0))
			   and (:status = '' or p.status = :status)
			 order by p.id desc
			 limit :limit offset :offset
			""";

	private static final String EDITED = """
			select p.id, p.name, p.name_en, p.aliases, p.description, p.status, p.city_code, p.district_code, p.township_code,
			       p.village_name, p.version, p.merged_into, m.name as merged_into_name,
			       array(select l.subtype_key from program_subtype_link l where l.program_id = p.id
			              order by l.position) as subtypes,
			       (select count(*) from article_program ap where ap.program_id = p.id) as articles,
			       (select count(*) from metric x where x.program_id = p.id) as metrics,
			       (select count(*) from program f where f.merged_into = p.id) as merged_from
			  from program p
			  left join program m on m.id = p.merged_into
			 where p.id = :id
			""";

	private static final String SUBTYPES = """
			select t.key as type_key, t.name_zh as type_zh, t.name_en as type_en, s.key, s.name_zh, s.name_en
			  from program_subtype s join program_type t on t.key = s.type_key
			 order by t.position, s.position
			""";

	private final JdbcClient jdbc;

	ProgramAdminQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<Row> list(String query, PublicationStatus status, int page) {
		return Paged.query(
				jdbc.sql(LIST).param("q", query.strip()).param("status", status == null ? "" : status.name()), page,
				Paged.SIZE,
				(rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("aliases")),
						PublicationStatus.valueOf(rs.getString("status")), rs.getObject("merged_into", Long.class),
						rs.getString("place"), rs.getInt("articles"), rs.getInt("metrics")));
	}

	Edited edited(long id) {
		return jdbc.sql(EDITED)
			.param("id", id)
			.query((rs, n) -> edited(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Program " + id));
	}

	/** The taxonomy, types in order with their subtypes. */
	List<Type> subtypes() {
		record Flat(String typeKey, String typeZh, String typeEn, Subtype subtype) {
		}
		Map<String, Type> types = new LinkedHashMap<>();
		jdbc.sql(SUBTYPES)
			.query((rs, n) -> new Flat(rs.getString("type_key"), rs.getString("type_zh"), rs.getString("type_en"),
					new Subtype(rs.getString("key"), rs.getString("name_zh"), rs.getString("name_en"))))
			.list()
			.forEach(flat -> types
				.computeIfAbsent(flat.typeKey(), key -> new Type(key, flat.typeZh(), flat.typeEn(), new ArrayList<>()))
				.subtypes()
				.add(flat.subtype()));
		return List.copyOf(types.values());
	}

	private static Edited edited(ResultSet rs) throws SQLException {
		List<String> subtypes = strings(rs.getArray("subtypes"));
		ProgramForm form = new ProgramForm(rs.getString("name"), rs.getString("name_en"),
				TextFields.joinLines(strings(rs.getArray("aliases"))), subtypes.isEmpty() ? null : subtypes.get(0),
				subtypes.stream().skip(1).toList(), rs.getString("city_code"), rs.getString("district_code"),
				rs.getString("township_code"), rs.getString("village_name"), rs.getString("description"),
				PublicationStatus.valueOf(rs.getString("status")), rs.getLong("version"));
		return new Edited(rs.getLong("id"), form, rs.getObject("merged_into", Long.class),
				rs.getString("merged_into_name"), rs.getInt("articles"), rs.getInt("metrics"),
				rs.getInt("merged_from"));
	}

}
