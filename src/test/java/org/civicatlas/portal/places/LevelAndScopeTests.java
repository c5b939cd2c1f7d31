package org.civicatlas.portal.places;

import java.util.Locale;

import org.civicatlas.system.NotFoundException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How codes, scopes and figures are read and written, without the server. */
class LevelAndScopeTests {

	@Test
	void theLengthOfACodeGivesItsLevel() {
		assertThat(Level.of("3306")).isEqualTo(Level.CITY);
		assertThat(Level.of("330602")).isEqualTo(Level.DISTRICT);
		assertThat(Level.of("330602004")).isEqualTo(Level.TOWNSHIP);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "abc", "33", "33060", "3306021", "33060200", "3306020041", "1101", "11010100", "33a6",
			"３３０６" })
	void aMalformedCodeNamesNoPlace(String code) {
		assertThatThrownBy(() -> Level.of(code)).isInstanceOf(NotFoundException.class);
	}

	@Test
	void scopeIsAllUnlessSelfIsAskedFor() {
		assertThat(Scope.parse(null)).isEqualTo(Scope.ALL);
		assertThat(Scope.parse("all")).isEqualTo(Scope.ALL);
		assertThat(Scope.parse("self")).isEqualTo(Scope.SELF);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "SELF", "everything", "self " })
	void anyOtherScopeIsABadRequest(String value) {
		assertThatThrownBy(() -> Scope.parse(value)).isInstanceOf(ResponseStatusException.class)
			.hasMessageContaining("400");
	}

	@Test
	void thisPlaceOnlyLeavesOutWhatIsAttachedBelow() {
		// a program's most precise place is where "this place only" counts it
		assertThat(new PlaceScope(Level.CITY, "3306", Scope.SELF).onProgram("f")).isEqualTo("f.place_code = :code");
		assertThat(new PlaceScope(Level.DISTRICT, "330602", Scope.ALL).onProgram("f"))
			.isEqualTo("f.district_code = :code");
		assertThat(new PlaceScope(Level.TOWNSHIP, "330602004", Scope.ALL).onProgram("f"))
			.isEqualTo("f.township_code = :code");
		assertThat(PlaceScope.ZHEJIANG.onProgram("f")).isEqualTo("true");
		assertThat(PlaceScope.ZHEJIANG.onArticle("x")).isEqualTo("x.scope = :scope");
		assertThat(PlaceScope.ZHEJIANG.tallyScope()).isEmpty();
		assertThat(new PlaceScope(Level.DISTRICT, "330602", Scope.SELF).onArticle("x"))
			.isEqualTo("x.scope = :scope and x.self");
		assertThat(new PlaceScope(Level.DISTRICT, "330602", Scope.SELF).tallyFacet("articles"))
			.isEqualTo("articles_self");
	}

	@Test
	void namesFallBackToChinese() {
		Name yuecheng = new Name("越城区", "Yuecheng District");
		assertThat(yuecheng.in(Locale.ENGLISH)).isEqualTo("Yuecheng District");
		assertThat(yuecheng.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("越城区");
		assertThat(yuecheng.other(Locale.SIMPLIFIED_CHINESE)).isEqualTo("Yuecheng District");
		assertThat(yuecheng.other(Locale.ENGLISH)).isEqualTo("越城区");
		assertThat(new Name("北海街道", null).in(Locale.ENGLISH)).isEqualTo("北海街道");
		assertThat(new Name("北海街道", null).other(Locale.ENGLISH)).isNull();
	}

}
