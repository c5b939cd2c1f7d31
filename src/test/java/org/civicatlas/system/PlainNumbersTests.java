package org.civicatlas.system;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainNumbersTests {

	@Test
	void figuresAreWrittenAsPeopleWriteThem() {
		assertThat(PlainNumbers.text(new BigDecimal("50000.0000"))).isEqualTo("50000");
		assertThat(PlainNumbers.text(new BigDecimal("5E+4"))).isEqualTo("50000");
		assertThat(PlainNumbers.text(new BigDecimal("-3.50"))).isEqualTo("-3.5");
		assertThat(PlainNumbers.text(null)).isNull();
	}

	@Test
	void asJsonAWholeNumberHasNoFraction() {
		assertThat(PlainNumbers.number(new BigDecimal("430.00"))).isEqualTo(BigInteger.valueOf(430));
		assertThat(PlainNumbers.number(new BigDecimal("0.250"))).isEqualTo(new BigDecimal("0.25"));
		assertThat(PlainNumbers.number(null)).isNull();
	}

}
