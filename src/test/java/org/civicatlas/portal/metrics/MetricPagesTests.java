package org.civicatlas.portal.metrics;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures page: its filters, rows, charts and refusals, over HTTP against the seeded
 * database.
 */
@PortalTest
class MetricPagesTests {

	static final String PUBLISHED = """
			select m.id from metric m join article a on a.id = m.article_id and a.status = 'PUBLISHED'
			  left join program pr on pr.id = m.program_id and pr.status = 'PUBLISHED'
			 where true %s order by m.id""";

	private static final Pattern ROW = Pattern.compile("<tr id=\"figure-(\\d+)\">");

	private static final Pattern CHART = Pattern.compile("data-chart=\"([^\"]+)\"");

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Autowired
	ObjectMapper json;

	@Test
	void listsEveryFigureOfPublishedArticlesFiftyAPage() {
		List<Long> all = ids("");
		HttpResponse<String> first = http.get("/metrics");
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(rows(first.body())).isEqualTo(all.subList(0, 50));
		int last = (all.size() + 49) / 50;
		assertThat(rows(http.get("/metrics?page=" + last).body())).isEqualTo(all.subList((last - 1) * 50, all.size()));
		assertThat(http.get("/metrics?page=" + (last + 1)).statusCode()).isEqualTo(404);
		assertThat(first.body()).contains("共" + all.size() + "个数字");
	}

	@Test
	void aRowLinksItsQuoteToTheMarkInTheArticle() {
		long id = jdbc.sql("select id from metric where quote like '%募集爱心资金5万余元%'").query(Long.class).single();
		long article = jdbc.sql("select article_id from metric where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		String html = http.get("/metrics").body();
		String row = html.substring(html.indexOf("<tr id=\"figure-" + id + "\">"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("<th scope=\"row\">募集爱心资金</th>")
			.contains("<td>5万余元</td>")
			.contains("余、多")
			.contains("<a href=\"/articles/" + article + "#m" + id + "\">发动共建单位力量募集爱心资金5万余元</a>")
			.contains("<a href=\"/places/330602\">越城区</a>");
	}

	@Test
	void filtersByCategoryUnitTypeAndPlace() {
		assertThat(rowsOf("/metrics?category=money")).isEqualTo(ids("and m.category = 'money'"));
		assertThat(rowsOf("/metrics?unit=" + encode("人次"))).isEqualTo(ids("and m.unit = '人次'"));
		assertThat(rowsOf("/metrics?type=village_sages_united_front")).isNotEmpty().isEqualTo(ids("""
				and exists (select 1 from program_subtype_link l join program_subtype s on s.key = l.subtype_key
				             where l.program_id = pr.id and s.type_key = 'village_sages_united_front')"""));
		assertThat(rowsOf("/metrics?place=330602")).isNotEmpty().isEqualTo(ids("""
				and (coalesce(a.district_code, a.city_code) like '330602%'
				     or exists (select 1 from article_township t where t.article_id = a.id
				                 and t.township_code like '330602%'))"""));
		assertThat(rowsOf("/metrics?category=count&unit=" + encode("名") + "&place=3301")).isNotEmpty().isEqualTo(ids("""
				and m.category = 'count' and m.unit = '名'
				and (coalesce(a.district_code, a.city_code) like '3301%'
				     or exists (select 1 from article_township t where t.article_id = a.id
				                 and t.township_code like '3301%'))"""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "category=money2", "category=MONEY", "unit=%E7%BE%8E%E5%85%83", "unit=%3Cscript%3E",
			"type=nope", "place=12", "place=3399", "page=0", "page=x" })
	void invalidFiltersAreBadRequests(String query) {
		HttpResponse<String> response = http.get("/metrics?" + query);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).doesNotContain("<script>");
		assertThat(http.get("/metrics.csv?" + query.replace("page=", "place=")).statusCode()).isEqualTo(400);
	}

	@Test
	void chartsOnlyAddUpFiguresOfOneCategoryAndUnit() {
		String html = http.get("/metrics").body();
		List<JsonNode> charts = charts(html);
		assertThat(charts).isNotEmpty();
		for (JsonNode chart : charts) {
			String unit = chart.get("unit").asString();
			String category = chart.get("category").asString();
			assertThat(List.of("count", "money", "area")).contains(category);
			BigDecimal drawn = sum(chart.get("exact")).add(sum(chart.get("approximate")));
			BigDecimal expected = jdbc.sql("""
					select coalesce(sum(m.value), 0) from metric m join article a on a.id = m.article_id
					 where a.status = 'PUBLISHED' and m.unit = :unit and m.category = :category
					   and m.approx is distinct from 'target' and m.per is null""")
				.param("unit", unit)
				.param("category", category)
				.query(BigDecimal.class)
				.single();
			assertThat(drawn).as(unit).isEqualByComparingTo(expected);
			assertThat(chart.get("labels").size()).isEqualTo(chart.get("exact").size());
		}
		assertThat(html)
			.containsPattern("<script src=\"/webjars/chart.js/[0-9.]+/dist/chart.umd-[0-9a-f]{32}.js\" defer></script>")
			.containsPattern("<script src=\"/js/metrics-[0-9a-f]{32}.js\" defer></script>")
			.doesNotContainPattern("<script>")
			.contains("<summary>数据表</summary>");
	}

	@Test
	void ratesAreRangesAndNeverAddedToATotal() {
		// the seeds' 人均月增收4000元 (西湖区), 月增收2500多元 and 每亩1100元 (嘉善县) are rates
		assertThat(
				jdbc.sql("select per from metric where unit = '元' and value in (4000, 2500, 1100, 110) order by value")
					.query(String.class)
					.list())
			.containsExactly("亩", "亩", "month", "month");
		String html = http.get("/metrics?unit=" + encode("元")).body();
		for (JsonNode chart : charts(html)) {
			if (chart.get("title").asString().contains("地区")) {
				int xihu = labels(chart).indexOf("西湖区");
				BigDecimal drawn = chart.get("exact")
					.get(xihu)
					.decimalValue()
					.add(chart.get("approximate").get(xihu).decimalValue());
				assertThat(drawn).isEqualByComparingTo(jdbc
					.sql("""
							select sum(m.value) from metric m join article a on a.id = m.article_id and a.status = 'PUBLISHED'
							  join district d on d.code = a.district_code
							 where d.name = '西湖区' and m.unit = '元' and m.per is null
							   and m.approx is distinct from 'target'""")
					.query(BigDecimal.class)
					.single());
				// 西湖区 has a rate (4000元 a month per person) that the bar leaves out
				assertThat(jdbc
					.sql("""
							select sum(m.value) from metric m join article a on a.id = m.article_id and a.status = 'PUBLISHED'
							  join district d on d.code = a.district_code
							 where d.name = '西湖区' and m.unit = '元' and m.approx is distinct from 'target'""")
					.query(BigDecimal.class)
					.single()).isGreaterThan(drawn);
			}
		}
		assertThat(html).contains("id=\"metric-rates\"").contains("每月").contains("每亩").contains("110—1100元"); // the
																												// seeds'
																												// two
																												// figures
																												// per
																												// mu,
																												// as
																												// a
																												// range,
																												// not
																												// 1210元
	}

	private static List<String> labels(JsonNode chart) {
		List<String> labels = new ArrayList<>();
		chart.get("labels").forEach(label -> labels.add(label.asString()));
		return labels;
	}

	@Test
	void chartsFollowTheFilterAndLeaveOutFiguresThatCannotBeAdded() {
		List<JsonNode> money = charts(http.get("/metrics?unit=" + encode("元")).body());
		assertThat(money).hasSize(2).allSatisfy(chart -> assertThat(chart.get("unit").asString()).isEqualTo("元"));
		String percent = http.get("/metrics?category=percent").body();
		assertThat(charts(percent)).isEmpty();
		assertThat(percent).contains("当前筛选结果中没有可以相加的数字");
	}

	@Test
	void speaksEnglishOnRequest() {
		String html = http.get("/metrics?lang=en&category=money").body();
		assertThat(html).contains("<html lang=\"en\"")
			.contains("Money (元), added up by district")
			.contains("yuan</td>")
			.contains("Download these figures (CSV)")
			.contains("href=\"/metrics.csv?category=money\"");
	}

	@Test
	void theFormAndTheDownloadLinkKeepTheFilter() {
		String html = http.get("/metrics?category=count&unit=" + encode("名") + "&type=social_welfare&place=3306")
			.body();
		assertThat(html).contains("<option value=\"count\" selected=\"selected\">数量</option>")
			.contains("<option value=\"名\" selected=\"selected\">")
			.contains("<option value=\"social_welfare\" selected=\"selected\">")
			.contains("<option value=\"3306\" selected=\"selected\">")
			.contains("href=\"/metrics.csv?category=count&amp;unit=%E5%90%8D&amp;type=social_welfare&amp;place=3306\"");
	}

	@Test
	void theFiguresPageRunsAFixedNumberOfStatements() {
		statements.reset();
		http.get("/metrics?page=2");
		// one more for the data version (the ETag), read before every public page
		assertThat(statements.count()).isLessThanOrEqualTo(6);
		statements.reset();
		http.get("/metrics?place=3301&type=social_welfare&category=count");
		assertThat(statements.count()).isLessThanOrEqualTo(7);
	}

	private List<Long> ids(String condition) {
		return jdbc.sql(PUBLISHED.formatted(condition)).query(Long.class).list();
	}

	/** Every row of a filtered view, page after page. */
	private List<Long> rowsOf(String path) {
		List<Long> all = new ArrayList<>();
		for (int page = 1;; page++) {
			HttpResponse<String> response = http.get(path + "&page=" + page);
			if (response.statusCode() == 400) {
				return all;
			}
			List<Long> rows = rows(response.body());
			all.addAll(rows);
			if (rows.isEmpty()) {
				return all;
			}
		}
	}

	private static List<Long> rows(String html) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = ROW.matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

	private List<JsonNode> charts(String html) {
		List<JsonNode> charts = new ArrayList<>();
		Matcher matcher = CHART.matcher(html);
		while (matcher.find()) {
			charts.add(json.readTree(HtmlUtils.htmlUnescape(matcher.group(1))));
		}
		return charts;
	}

	private static BigDecimal sum(JsonNode values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (JsonNode value : values) {
			sum = sum.add(new BigDecimal(value.asString()));
		}
		return sum;
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
