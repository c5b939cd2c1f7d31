package org.civicatlas.portal.feeds;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class XmlTextTests {

	@Test
	void dropsWhatXmlForbidsAndKeepsTheRestForTheWriterToEscape() {
		assertThat(XmlText.clean("乡贤\u0000参与\u000B<&>\uFFFE\t\n𠀋")).isEqualTo("乡贤参与<&>\t\n𠀋");
	}

}
