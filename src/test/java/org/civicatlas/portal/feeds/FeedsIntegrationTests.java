package org.civicatlas.portal.feeds;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The Atom feed, the sitemap and robots.txt, parsed as their readers parse them. */
@PortalTest
class FeedsIntegrationTests {

	@Autowired
	Http http;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void feedIsAtomWithTheNewestArticlesAsTheOpenDataHasThem() throws Exception {
		statements.reset();
		HttpResponse<String> response = http.get("/feed.atom");
		// the data version (the feed's ETag), then the articles
		assertThat(statements.count()).isLessThanOrEqualTo(2);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
		Element feed = parse(response.body()).getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeed.NAMESPACE);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		assertThat(text(feed, "title")).isEqualTo("浙江基层创新图谱 · 最新报道");
		assertThat(text(feed, "id")).isEqualTo(http.uri("/feed.atom").toString());
		assertThat(text(feed, "updated")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");

		List<JsonNode> newest = new ArrayList<>();
		json.readTree(http.get("/open-data/articles.json").body()).get("articles").forEach(newest::add);
		newest.sort(Comparator.comparingLong((JsonNode a) -> a.get("id").asLong()).reversed());
		newest = newest.subList(0, Math.min(FeedController.SIZE, newest.size()));

		NodeList entries = feed.getElementsByTagNameNS(AtomFeed.NAMESPACE, "entry");
		assertThat(entries.getLength()).isEqualTo(newest.size());
		for (int i = 0; i < entries.getLength(); i++) {
			Element entry = (Element) entries.item(i);
			JsonNode article = newest.get(i);
			String url = http.uri("/articles/" + article.get("id").asLong()).toString();
			assertThat(text(entry, "id")).isEqualTo(url);
			assertThat(text(entry, "title")).isEqualTo(article.get("headline").asString());
			Element link = (Element) entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "link").item(0);
			assertThat(link.getAttribute("href")).isEqualTo(url);
			assertThat(link.getAttribute("rel")).isEqualTo("alternate");
			assertThat(text(entry, "updated")).isNotBlank();
			assertThat(text(entry, "summary")).isEqualTo(article.get("body").asString().split("\n\n")[0].strip());
			List<String> authors = new ArrayList<>();
			NodeList names = entry.getElementsByTagNameNS(AtomFeed.NAMESPACE, "name");
			for (int n = 0; n < names.getLength(); n++) {
				authors.add(names.item(n).getTextContent());
			}
			List<String> bylines = new ArrayList<>();
			article.get("bylines").forEach(name -> bylines.add(name.asString()));
			assertThat(authors).isEqualTo(bylines);
		}
	}

	@Test
	void feedSpeaksEnglishOnRequest() throws Exception {
		Element feed = parse(http.get("/feed.atom?lang=en").body()).getDocumentElement();
		assertThat(feed.getAttribute("xml:lang")).isEqualTo("en");
		assertThat(text(feed, "title")).isEqualTo("Zhejiang Civic Atlas · Latest articles");
	}

	@Test
	void sitemapIsAnIndexOfFilesThatListThePublicPagesWithAbsoluteUrls() throws Exception {
		statements.reset();
		HttpResponse<String> response = http.get("/sitemap.xml");
		// the data version, then the counts that say how many files there are
		assertThat(statements.count()).isLessThanOrEqualTo(2);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
		Element index = parse(response.body()).getDocumentElement();
		assertThat(index.getNamespaceURI()).isEqualTo(SitemapController.NAMESPACE);
		assertThat(index.getLocalName()).isEqualTo("sitemapindex");
		String base = http.uri("").toString();
		List<String> files = locations(index);
		assertThat(files).containsExactly(base + "/sitemaps/places.xml", base + "/sitemaps/programs-1.xml",
				base + "/sitemaps/articles-1.xml");

		List<String> locations = new ArrayList<>();
		for (String file : files) {
			statements.reset();
			HttpResponse<String> part = http.get(file.substring(base.length()));
			assertThat(statements.count()).as(file).isLessThanOrEqualTo(3);
			Element urlset = parse(part.body()).getDocumentElement();
			assertThat(urlset.getLocalName()).isEqualTo("urlset");
			locations.addAll(locations(urlset));
		}
		assertThat(locations).allSatisfy(location -> assertThat(location).startsWith(base + "/"))
			.doesNotHaveDuplicates()
			.contains(base + "/", base + "/places", base + "/programs", base + "/articles", base + "/metrics",
					base + "/open-data", base + "/places/3306", base + "/places/330602", base + "/places/330602004",
					base + "/articles/1")
			.noneMatch(location -> location.contains("/admin"));

		long cities = count("select count(*) from city");
		long districts = count("select count(*) from district");
		String townshipsWithArticles = """
				select count(distinct at.township_code) from article_township at
				  join article a on a.id = at.article_id where a.status = 'PUBLISHED'
				""";
		long programs = count("select count(*) from program where status = 'PUBLISHED' and merged_into is null");
		long articles = count("select count(*) from article where status = 'PUBLISHED'");
		assertThat(locations.stream().filter(l -> l.matches(".*/places/\\d{4}"))).hasSize((int) cities);
		assertThat(locations.stream().filter(l -> l.matches(".*/places/\\d{6}"))).hasSize((int) districts);
		assertThat(locations.stream().filter(l -> l.matches(".*/places/\\d{9}")))
			.hasSize((int) count(townshipsWithArticles));
		assertThat(locations.stream().filter(l -> l.matches(".*/programs/\\d+"))).hasSize((int) programs);
		assertThat(locations.stream().filter(l -> l.matches(".*/articles/\\d+"))).hasSize((int) articles);
		String quietTownship = jdbc
			.sql("""
					select code from township t where not exists (select 1 from article_township at where at.township_code = t.code)
					 order by code limit 1
					""")
			.query(String.class)
			.single();
		assertThat(locations).doesNotContain(base + "/places/" + quietTownship);
	}

	/**
	 * Issue 13 (6): every URL names its language versions, as the page's own hreflang
	 * links do.
	 */
	@Test
	void sitemapUrlsCarryTheirLanguageAlternates() throws Exception {
		String base = http.uri("").toString();
		Element urlset = parse(http.get("/sitemaps/places.xml").body()).getDocumentElement();
		NodeList urls = urlset.getElementsByTagNameNS(SitemapController.NAMESPACE, "url");
		assertThat(urls.getLength()).isGreaterThan(100);
		for (int i = 0; i < urls.getLength(); i++) {
			Element url = (Element) urls.item(i);
			String loc = url.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc").item(0).getTextContent();
			NodeList links = url.getElementsByTagNameNS(SitemapController.XHTML, "link");
			List<String> alternates = new ArrayList<>();
			for (int j = 0; j < links.getLength(); j++) {
				Element link = (Element) links.item(j);
				assertThat(link.getAttribute("rel")).isEqualTo("alternate");
				alternates.add(link.getAttribute("hreflang") + " " + link.getAttribute("href"));
			}
			assertThat(alternates).containsExactly("zh-CN " + loc + "?lang=zh-CN", "en " + loc + "?lang=en",
					"x-default " + loc);
		}
		// the page itself names the same addresses
		assertThat(http.get("/places/330602").body())
			.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"" + base + "/places/330602?lang=en\">");
	}

	@Test
	void sitemapFilesBeyondTheLastAreNotFound() {
		assertThat(http.get("/sitemaps/programs-2.xml").statusCode()).isEqualTo(404);
		assertThat(http.get("/sitemaps/articles-0.xml").statusCode()).isEqualTo(404);
	}

	@Test
	void robotsAllowThePublicSiteButNotTheEditorsAndPointToTheSitemap() {
		statements.reset();
		HttpResponse<String> response = http.get("/robots.txt");
		assertThat(statements.count()).isZero();
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(response.body().lines().toList()).containsSequence("User-agent: *", "Allow: /", "Disallow: /admin")
			.contains("Sitemap: " + http.uri("/sitemap.xml"));
	}

	private static List<String> locations(Element root) {
		List<String> locations = new ArrayList<>();
		NodeList locs = root.getElementsByTagNameNS(SitemapController.NAMESPACE, "loc");
		for (int i = 0; i < locs.getLength(); i++) {
			locations.add(locs.item(i).getTextContent());
		}
		return locations;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static Document parse(String xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
	}

	// a direct child's text, so that an entry's title is not taken for the feed's
	private static String text(Element parent, String name) {
		for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && name.equals(element.getLocalName())
					&& AtomFeed.NAMESPACE.equals(element.getNamespaceURI())) {
				return element.getTextContent();
			}
		}
		throw new AssertionError("no " + name + " in " + parent.getLocalName());
	}

}
