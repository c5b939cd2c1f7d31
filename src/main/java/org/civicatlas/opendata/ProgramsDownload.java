package org.civicatlas.opendata;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import org.civicatlas.system.Cursors;
import org.civicatlas.system.Pinyin;

import org.springframework.stereotype.Component;

import static org.civicatlas.system.SqlArrays.longs;
import static org.civicatlas.system.SqlArrays.strings;

/**
 * The rows of {@code /open-data/programs.json} and {@code programs.csv}: every published
 * program.
 */
@Component
class ProgramsDownload {

	/** One program; the field names are the open-data contract. */
	record Program(long id, String name, List<String> aliases, List<String> subtypes, List<String> types, String city,
			String district, String township, String village, List<Long> articleIds, List<Long> metricIds,
			String nameEn, String namePinyin) {
	}

	static final List<String> CSV_HEADER = List.of("id", "name", "aliases", "subtypes", "types", "city", "district",
			"township", "village", "articleIds", "metricIds", "nameEn", "namePinyin");

	private static final String SQL = """
			select p.id, p.name, p.name_en, p.aliases, c.name as city, d.name as district, t.name as township, p.village_name,
			       array(select l.subtype_key from program_subtype_link l where l.program_id = p.id
			              order by l.position) as subtypes,
			       array(select s.type_key from program_subtype_link l join program_subtype s on s.key = l.subtype_key
			              where l.program_id = p.id group by s.type_key order by min(l.position)) as types,
			       array(select a.id from article_program ap join article a on a.id = ap.article_id
			              where ap.program_id = p.id and a.status = 'PUBLISHED' order by a.id) as article_ids,
			       array(select m.id from metric m join article a on a.id = m.article_id
			              where m.program_id = p.id and a.status = 'PUBLISHED' order by m.id) as metric_ids
			  from program p
			  left join city c on c.code = p.city_code
			  left join district d on d.code = p.district_code
			  left join township t on t.code = p.township_code
			 where p.status = 'PUBLISHED' and p.merged_into is null
			 order by p.id
			""";

	private final Cursors cursors;

	ProgramsDownload(Cursors cursors) {
		this.cursors = cursors;
	}

	/** Every row, in id order, from a cursor. */
	void each(Cursors.Sink<Program> sink) throws IOException {
		cursors.each(SQL, Map.of(), (rs, n) -> program(rs), sink);
	}

	static List<Object> csvRow(Program p) {
		return List.of(p.id(), p.name(), join(p.aliases()), join(p.subtypes()), join(p.types()), nonNull(p.city()),
				nonNull(p.district()), nonNull(p.township()), nonNull(p.village()), join(p.articleIds()),
				join(p.metricIds()), nonNull(p.nameEn()), p.namePinyin());
	}

	private static Program program(ResultSet rs) throws SQLException {
		return new Program(rs.getLong("id"), rs.getString("name"), strings(rs.getArray("aliases")),
				strings(rs.getArray("subtypes")), strings(rs.getArray("types")), rs.getString("city"),
				rs.getString("district"), rs.getString("township"), rs.getString("village_name"),
				longs(rs.getArray("article_ids")), longs(rs.getArray("metric_ids")), rs.getString("name_en"),
				Pinyin.spaced(rs.getString("name")));
	}

	static String join(List<?> values) {
		return String.join(";", values.stream().map(String::valueOf).toList());
	}

	static String nonNull(String value) {
		return value == null ? "" : value;
	}

}
