package org.civicatlas.portal.programs;

import java.util.List;
import java.util.Locale;

import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program page's related programs, read the first few of each kind at a time from
 * indexes, are on every published program exactly the first ones of the plain definition:
 * every public program that shares a subtype or the district, those sharing both first,
 * then those sharing a subtype, each in id order.
 */
@PortalTest
class RelatedProgramsTests {

	private static final String DEFINITION = """
			select r.id, r.same_subtype, r.same_district
			  from (select p.id,
			               exists (select 1 from program_subtype_link a
			                         join program_subtype_link b on b.subtype_key = a.subtype_key
			                        where a.program_id = :id and b.program_id = p.id) as same_subtype,
			               coalesce(p.district_code = (select district_code from program where id = :id), false)
			                 as same_district
			          from program p
			         where p.id <> :id and p.status = 'PUBLISHED' and p.merged_into is null) r
			 where r.same_subtype or r.same_district
			 order by (r.same_subtype and r.same_district) desc, r.same_subtype desc, r.id
			 limit :limit
			""";

	@Autowired
	ProgramPageReader reader;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyProgramShowsTheFirstRelatedProgramsOfThePlainDefinition() {
		List<Long> programs = jdbc
			.sql("select id from program where status = 'PUBLISHED' and merged_into is null order by id")
			.query(Long.class)
			.list();
		assertThat(programs).hasSizeGreaterThan(20);
		int withBothKinds = 0;
		for (long id : programs) {
			List<String> expected = jdbc.sql(DEFINITION)
				.param("id", id)
				.param("limit", ProgramPageReader.RELATED)
				.query((rs, n) -> rs.getLong("id") + ":" + rs.getBoolean("same_subtype") + ":"
						+ rs.getBoolean("same_district"))
				.list();
			List<String> shown = reader.read(id, Locale.CHINA)
				.page()
				.related()
				.stream()
				.map(related -> related.id() + ":" + related.sameSubtype() + ":" + related.sameDistrict())
				.toList();
			assertThat(shown).as("program %d", id).isEqualTo(expected);
			if (expected.stream().anyMatch(row -> row.endsWith("true:false"))
					&& expected.stream().anyMatch(row -> row.endsWith("true:true"))) {
				withBothKinds++;
			}
		}
		assertThat(withBothKinds).as("programs whose related list mixes the kinds").isPositive();
	}

}
