package org.civicatlas.portal.common;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocalizedTests {

	private static final Locale ENGLISH = Locale.ENGLISH;

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	@Test
	void englishReadersGetTheEnglishNameWhenTheDataHasOne() {
		assertThat(Localized.name("越城区", "Yuecheng District", ENGLISH)).isEqualTo("Yuecheng District");
		assertThat(Localized.name("越城区", "Yuecheng District", CHINESE)).isEqualTo("越城区");
	}

	@Test
	void aMissingOrBlankEnglishNameFallsBackToTheChineseOne() {
		assertThat(Localized.name("越城区", null, ENGLISH)).isEqualTo("越城区");
		assertThat(Localized.name("越城区", " ", ENGLISH)).isEqualTo("越城区");
	}

	@Test
	void placeAndTypeNamesMakeTheSameChoice() {
		PlaceName place = new PlaceName("330602", "越城区", "Yuecheng District");
		assertThat(place.in(ENGLISH)).isEqualTo("Yuecheng District");
		assertThat(place.label(ENGLISH)).isEqualTo("越城区 (Yuecheng District)");
		assertThat(place.label(CHINESE)).isEqualTo("越城区");
		assertThat(new PlaceName("330602", "越城区", "").label(ENGLISH)).isEqualTo("越城区");
		TypeName type = new TypeName("xiangxian", "乡贤与统战", "Village sages");
		assertThat(type.label(ENGLISH)).isEqualTo("Village sages");
		assertThat(type.label(CHINESE)).isEqualTo("乡贤与统战");
	}

}
