package org.civicatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.civicatlas.ingest.text.Corrections;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The importer recognises places under the names editors gave them in the database. */
@PortalTest
class CurrentPipelineTests {

	private static final String PAGE = """
			睦邻新风 温暖人心

			今年以来，蓝湾里片区的居民议事会办结了一批实事，居民满意度明显提升。
			""";

	@Autowired
	CurrentPipeline pipeline;

	@Autowired
	JdbcClient jdbc;

	String township = "";

	Map<String, Object> saved;

	@AfterEach
	void restore() {
		jdbc.sql(
				"update township set aliases = :aliases, name_en = :nameEn, version = :version, updated_at = :updated where code = :code")
			.param("aliases", saved.get("aliases"))
			.param("nameEn", saved.get("name_en"))
			.param("version", saved.get("version"))
			.param("updated", saved.get("updated_at"))
			.param("code", township)
			.update();
	}

	@Test
	void anAliasAndAnEnglishNameAnEditorAddedAreRecognisedByTheNextImport() {
		township = jdbc.sql("select code from township where name = '北海街道' and district_code = '330602'")
			.query(String.class)
			.single();
		saved = jdbc.sql("select aliases, name_en, version, updated_at from township where code = :code")
			.param("code", township)
			.query()
			.singleRow();
		assertThat(read(PAGE).townshipCodes()).doesNotContain(township);

		jdbc.sql(
				"update township set aliases = aliases || '{蓝湾里片区}', version = version + 1, updated_at = now() where code = :code")
			.param("code", township)
			.update();
		assertThat(read(PAGE).townshipCodes()).containsExactly(township);
		assertThat(read(PAGE).districtCode()).isEqualTo("330602");

		jdbc.sql(
				"update township set name_en = 'Lanwanli', version = version + 1, updated_at = now() where code = :code")
			.param("code", township)
			.update();
		assertThat(read(PAGE.replace("蓝湾里片区", "Lanwanli")).townshipCodes()).containsExactly(township);
	}

	private PlaceMatch read(String page) {
		return pipeline.get()
			.ingest("places.txt", page.getBytes(StandardCharsets.UTF_8), Corrections.NONE)
			.articles()
			.get(0)
			.places();
	}

}
