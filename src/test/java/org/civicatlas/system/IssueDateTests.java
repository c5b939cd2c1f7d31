package org.civicatlas.system;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IssueDateTests {

	@Test
	void aDayAMonthAndAYearKeepTheirPrecision() {
		IssueDate day = IssueDate.parse("2023-11-05").orElseThrow();
		assertThat(day.first()).isEqualTo(LocalDate.of(2023, 11, 5));
		assertThat(day.precision()).isEqualTo(IssueDate.Precision.DAY);
		assertThat(day.iso()).isEqualTo("2023-11-05");

		IssueDate month = IssueDate.parse(" 2023-3 ").orElseThrow();
		assertThat(month.first()).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(month.precision()).isEqualTo(IssueDate.Precision.MONTH);
		assertThat(month.iso()).isEqualTo("2023-03");

		IssueDate year = IssueDate.parse("2022").orElseThrow();
		assertThat(year.first()).isEqualTo(LocalDate.of(2022, 1, 1));
		assertThat(year.iso()).isEqualTo("2022");
		assertThat(year.patternKey()).isEqualTo("publication.date.YEAR");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "23", "2023-13", "2023-02-30", "2023/11/05", "2023年", "2023-11-05x", "12345" })
	void anythingElseIsNoDate(String text) {
		assertThat(IssueDate.parse(text)).isEmpty();
	}

	@Test
	void aMonthOrYearMustStartOnItsFirstDay() {
		assertThatThrownBy(() -> new IssueDate(LocalDate.of(2023, 11, 5), IssueDate.Precision.MONTH))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new IssueDate(LocalDate.of(2023, 11, 1), IssueDate.Precision.YEAR))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
