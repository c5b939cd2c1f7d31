package org.civicatlas.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvOutputTests {

	@Test
	void cellsASpreadsheetWouldRunAreNeutralised() {
		for (String formula : new String[] { "=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tcmd",
				"\rcmd" }) {
			assertThat(CsvOutput.neutralise(formula)).isEqualTo("'" + formula);
		}
	}

	@Test
	void numbersAndOrdinaryTextStayAsTheyAre() {
		assertThat(CsvOutput.neutralise("-3.5")).isEqualTo("-3.5");
		assertThat(CsvOutput.neutralise("430")).isEqualTo("430");
		assertThat(CsvOutput.neutralise(-2)).isEqualTo(-2);
		assertThat(CsvOutput.neutralise("睦邻议事厅=1")).isEqualTo("睦邻议事厅=1");
		assertThat(CsvOutput.neutralise("")).isEqualTo("");
	}

}
