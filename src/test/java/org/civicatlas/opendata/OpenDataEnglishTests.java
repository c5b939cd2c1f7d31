package org.civicatlas.opendata;

import java.util.List;

import org.civicatlas.system.Pinyin;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code nameEn} and {@code namePinyin} in the downloads (issue 13, item 4): added,
 * nothing renamed.
 */
@PortalTest
class OpenDataEnglishTests {

	@Autowired
	Http http;

	@Autowired
	ObjectMapper json;

	@Test
	void everyPlaceHasItsPinyinBesideItsEnglishName() {
		JsonNode places = json.readTree(http.get("/open-data/places.json").body());
		for (String level : List.of("cities", "districts", "townships")) {
			for (JsonNode place : places.get(level)) {
				assertThat(place.get("namePinyin").asString()).as(place.get("name").asString())
					.matches("[A-Z][a-zü' A-Z]+");
				assertThat(place.has("nameEn")).isTrue();
			}
		}
		JsonNode beihai = find(places.get("townships"), "code", "330602004");
		assertThat(beihai.get("namePinyin").asString()).isEqualTo("Beihai Jiedao");
		assertThat(beihai.get("nameEn").asString()).isEqualTo("Beihai Subdistrict");
		assertThat(find(places.get("cities"), "code", "3301").get("namePinyin").asString()).isEqualTo("Hangzhou Shi");
	}

	@Test
	void everyProgramHasItsPinyinAndAnEnglishNameField() {
		JsonNode programs = json.readTree(http.get("/open-data/programs.json").body()).get("programs");
		assertThat(programs.size()).isPositive();
		for (JsonNode program : programs) {
			assertThat(program.get("namePinyin").asString()).isEqualTo(Pinyin.spaced(program.get("name").asString()));
			assertThat(program.has("nameEn")).isTrue();
			// the fields of before are all still there
			assertThat(program.has("metricIds") && program.has("articleIds") && program.has("aliases")).isTrue();
		}
	}

	@Test
	void everyArticleHasItsHeadlinePinyinAndAnEnglishHeadlineField() {
		JsonNode articles = json.readTree(http.get("/open-data/articles.json").body()).get("articles");
		assertThat(articles.size()).isPositive();
		for (JsonNode article : articles) {
			assertThat(article.get("headlinePinyin").asString())
				.isEqualTo(Pinyin.spaced(article.get("headline").asString()))
				.isNotBlank();
			assertThat(article.has("headlineEn")).isTrue();
			// the fields of before are all still there
			assertThat(article.has("headline") && article.has("publication") && article.has("source")).isTrue();
		}
	}

	@Test
	void theCsvAppendsTheNewColumns() {
		String csv = http.get("/open-data/programs.csv").body();
		assertThat(csv.lines().findFirst().orElseThrow()).endsWith(
				"id,name,aliases,subtypes,types,city,district,township,village,articleIds,metricIds,nameEn,namePinyin");
	}

	private static JsonNode find(JsonNode list, String field, String value) {
		for (JsonNode node : list) {
			if (node.get(field).asString().equals(value)) {
				return node;
			}
		}
		throw new AssertionError(value + " not found");
	}

}
