package org.civicatlas.system;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 12, item 9: a made-up {@code Host} header never reaches an absolute link. */
class PublicUrlFilterTests {

	@Test
	void theConfiguredPublicUrlWinsOverTheHostHeader() throws Exception {
		assertThat(absoluteBaseSeenBy("https://atlas.example.org")).isEqualTo("https://atlas.example.org");
		assertThat(absoluteBaseSeenBy("http://atlas.example.org:8080")).isEqualTo("http://atlas.example.org:8080");
	}

	@Test
	void withoutOneTheRequestsOwnAddressIsUsed() throws Exception {
		assertThat(absoluteBaseSeenBy("")).isEqualTo("http://evil.example");
	}

	private static String absoluteBaseSeenBy(String publicUrl) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/sitemap.xml");
		request.setServerName("evil.example");
		request.addHeader("Host", "evil.example");
		AtomicReference<String> base = new AtomicReference<>();
		new PublicUrlFilter(publicUrl).doFilter(request, new MockHttpServletResponse(), (req, res) -> base
			.set(ServletUriComponentsBuilder.fromContextPath((HttpServletRequest) req).build().toUriString()));
		return base.get();
	}

}
