package org.civicatlas.portal.cards;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.civicatlas.support.Http;
import org.civicatlas.support.PortalTest;
import org.civicatlas.support.StatementCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The share cards over HTTP (issue 13, item 6): each article's and program's page names
 * its card as an absolute {@code og:image}, other pages the site's; a card is a PNG of
 * 1200 × 630, cached by the data version's ETag.
 */
@PortalTest
class ShareCardPagesTests {

	private static final Pattern OG_IMAGE = Pattern.compile("<meta property=\"og:image\" content=\"([^\"]+)\">");

	private final HttpClient client = HttpClient.newHttpClient();

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	@Test
	void anArticlePageNamesItsOwnCardWhichIsAPngOfTheRightSize() throws Exception {
		long id = first("select min(id) from article where status = 'PUBLISHED'");
		String image = ogImage(http.get("/articles/" + id).body());
		assertThat(image).isEqualTo(http.uri("/articles/" + id + "/card.png").toString()).startsWith("http://");
		assertThat(ogImage(http.get("/articles/" + id + "?lang=en").body())).isEqualTo(image);
		HttpResponse<byte[]> card = png(image);
		assertThat(card.statusCode()).isEqualTo(200);
		assertThat(card.headers().firstValue("Content-Type")).hasValue("image/png");
		assertSize(card.body());
	}

	@Test
	void aProgramPageNamesItsCardAndOtherPagesTheSites() throws Exception {
		long id = first("select min(id) from program where status = 'PUBLISHED' and merged_into is null");
		String image = ogImage(http.get("/programs/" + id).body());
		assertThat(image).isEqualTo(http.uri("/programs/" + id + "/card.png").toString());
		assertSize(png(image).body());
		String site = ogImage(http.get("/places").body());
		assertThat(site).isEqualTo(http.uri("/card.png").toString());
		assertThat(ogImage(http.get("/").body())).isEqualTo(site);
		assertSize(png(site).body());
	}

	@Test
	void aCardIsCachedByTheDataVersionAndCostsOneStatementBesideIt() throws Exception {
		long id = first("select min(id) from article where status = 'PUBLISHED'");
		String path = "/articles/" + id + "/card.png";
		statements.reset();
		HttpResponse<byte[]> card = png(http.uri(path).toString());
		// the data version's read and the headline's
		assertThat(statements.count()).isEqualTo(2);
		String etag = card.headers().firstValue("ETag").orElseThrow();
		HttpResponse<byte[]> again = client.send(
				HttpRequest.newBuilder(http.uri(path)).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
	}

	@Test
	void noCardForWhatIsNotPublished() throws Exception {
		long draft = first("select coalesce(max(id), 0) + 1000000 from article");
		assertThat(png(http.uri("/articles/" + draft + "/card.png").toString()).statusCode()).isEqualTo(404);
		assertThat(png(http.uri("/programs/" + draft + "/card.png").toString()).statusCode()).isEqualTo(404);
		assertThat(png(http.uri("/articles/x/card.png").toString()).statusCode()).isEqualTo(400);
	}

	private long first(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private HttpResponse<byte[]> png(String url) throws Exception {
		return client.send(HttpRequest.newBuilder(java.net.URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String ogImage(String html) {
		Matcher matcher = OG_IMAGE.matcher(html);
		assertThat(matcher.find()).as("og:image in the page").isTrue();
		return matcher.group(1);
	}

	private static void assertSize(byte[] png) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image).isNotNull();
		assertThat(image.getWidth()).isEqualTo(1200);
		assertThat(image.getHeight()).isEqualTo(630);
	}

}
