package org.civicatlas.portal.articles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sharing (issue 13, item 6): og: tags, the canonical address and the hreflang alternates
 * in the layout.
 */
@PortalTest
class SharingTests {

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anArticleNamesItsTitleDescriptionAndAddresses() {
		// the seeds' articles have no subheads: the preview takes the start of the first
		// paragraph
		long id = jdbc.sql("select min(id) from article where status = 'PUBLISHED' and subhead is null")
			.query(Long.class)
			.single();
		String headline = jdbc.sql("select headline from article where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String first = jdbc.sql("select split_part(body, E'\\n\\n', 1) from article where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		String base = http.uri("/").toString().replaceFirst("/$", "");
		String html = http.get("/articles/" + id).body();
		assertThat(meta(html, "og:title")).isEqualTo(headline);
		String description = meta(html, "og:description");
		assertThat(first).hasSizeGreaterThan(120);
		assertThat(description).hasSize(121).endsWith("…");
		assertThat(first).startsWith(description.substring(0, 120));
		assertThat(html).contains("<meta name=\"description\" content=\""
				+ description.replace("&", "&amp;").replace("\"", "&quot;") + "\">");
		assertThat(html).contains("<link rel=\"canonical\" href=\"" + base + "/articles/" + id + "?lang=zh-CN\">")
			.contains(
					"<link rel=\"alternate\" hreflang=\"zh-CN\" href=\"" + base + "/articles/" + id + "?lang=zh-CN\">")
			.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + base + "/articles/" + id + "?lang=en\">")
			.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"" + base + "/articles/" + id + "\">")
			.contains("<meta property=\"og:locale\" content=\"zh_CN\">");
		String english = http.get("/articles/" + id + "?lang=en").body();
		assertThat(english).contains("<link rel=\"canonical\" href=\"" + base + "/articles/" + id + "?lang=en\">")
			.contains("<meta property=\"og:locale\" content=\"en_US\">");
	}

	@Test
	void filtersStayInTheAddressesAndOtherPagesDescribeTheSite() {
		String html = http.get("/articles?year=2023&lang=en").body();
		assertThat(html).contains("hreflang=\"zh-CN\" href=\"")
			.contains("/articles?year=2023&amp;lang=zh-CN\"")
			.contains("hreflang=\"x-default\" href=\"")
			.contains("/articles?year=2023\"");
		assertThat(meta(html, "og:description")).startsWith("An atlas of local governance");
		assertThat(meta(http.get("/programs").body(), "og:description")).startsWith("浙江各地基层治理");
	}

	@Test
	void errorPagesAndTheAdminAreNotOfferedForSharing() {
		assertThat(http.get("/no-such-page").body()).doesNotContain("rel=\"canonical\"").doesNotContain("hreflang");
		assertThat(http.get("/admin/login").body()).doesNotContain("rel=\"canonical\"");
	}

	private static String meta(String html, String property) {
		Matcher matcher = Pattern.compile("<meta property=\"" + Pattern.quote(property) + "\" content=\"([^\"]*)\">")
			.matcher(html);
		assertThat(matcher.find()).as(property).isTrue();
		return HtmlUtils.htmlUnescape(matcher.group(1));
	}

}
