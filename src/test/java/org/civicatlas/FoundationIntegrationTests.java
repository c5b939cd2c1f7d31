package org.civicatlas;

import java.net.http.HttpResponse;

import org.civicatlas.place.CityRepository;
import org.civicatlas.place.DistrictRepository;
import org.civicatlas.place.Township;
import org.civicatlas.place.TownshipRepository;
import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole application on its own embedded PostgreSQL, called over HTTP. */
@PortalTest
class FoundationIntegrationTests {

	@Autowired
	Http http;

	@Autowired
	CityRepository cities;

	@Autowired
	DistrictRepository districts;

	@Autowired
	TownshipRepository townships;

	@Autowired
	ObjectMapper json;

	@Test
	void gazetteerHoldsAllOfZhejiang() {
		assertThat(cities.count()).isEqualTo(11);
		assertThat(districts.count()).isEqualTo(90);
		assertThat(townships.count()).isGreaterThanOrEqualTo(1380);
	}

	@Test
	@Transactional
	void beihaiSubdistrictLiesInYuechengInShaoxing() {
		Township beihai = townships.findById("330602004").orElseThrow();
		assertThat(beihai.getName()).isEqualTo("北海街道");
		assertThat(beihai.getDistrict().getCode()).isEqualTo("330602");
		assertThat(beihai.getDistrict().getName()).isEqualTo("越城区");
		assertThat(beihai.getDistrict().getCity().getCode()).isEqualTo("3306");
		assertThat(beihai.getDistrict().getCity().getName()).isEqualTo("绍兴市");
	}

	@Test
	void homePageShowsTheCountsInChinese() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("<html lang=\"zh-CN\"")
			.contains("id=\"count-cities\">11<")
			.contains("id=\"count-districts\">90<")
			.contains("个乡镇（街道）");
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(json.readTree(response.body()).get("status").asString()).isEqualTo("UP");
	}

	@Test
	void placesDownloadListsTheWholeGazetteerInTheContractShape() throws Exception {
		HttpResponse<String> response = get("/open-data/places.json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode places = json.readTree(response.body());
		assertThat(places.get("cities").size()).isEqualTo(11);
		assertThat(places.get("districts").size()).isEqualTo(90);
		assertThat(places.get("townships").size()).isEqualTo((int) townships.count());
		JsonNode beihai = null;
		for (JsonNode township : places.get("townships")) {
			if (township.get("code").asString().equals("330602004")) {
				beihai = township;
			}
		}
		assertThat(beihai).isNotNull();
		assertThat(beihai.get("name").asString()).isEqualTo("北海街道");
		assertThat(beihai.get("parentCode").asString()).isEqualTo("330602");
		assertThat(beihai.get("nameEn").asString()).isEqualTo("Beihai Subdistrict");
		assertThat(beihai.has("programCount")).isTrue();
		assertThat(beihai.has("articleCount")).isTrue();
		assertThat(places.get("cities").get(0).get("parentCode").isNull()).isTrue();
	}

	@Test
	void adminIsClosedToAnonymousVisitors() throws Exception {
		HttpResponse<String> response = get("/admin");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void actuatorBeyondHealthIsClosed() throws Exception {
		assertThat(get("/actuator/info").statusCode()).isNotEqualTo(200);
	}

	@Test
	void unknownPageIsAFriendly404() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("找不到页面").doesNotContain("Exception");
	}

	@Test
	void englishOnRequest() throws Exception {
		HttpResponse<String> response = get("/?lang=en");
		assertThat(response.body()).contains("<html lang=\"en\"").contains("townships and subdistricts");
	}

	private HttpResponse<String> get(String path) {
		return http.get(path);
	}

}
