package org.civicatlas.portal.feeds;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * {@code /robots.txt}: crawl every public page, not the editors' side; the sitemap lists
 * them.
 */
@Controller
class RobotsController {

	@GetMapping(path = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8")
	@ResponseBody
	String show() {
		return """
				User-agent: *
				Allow: /
				Disallow: /admin

				Sitemap: %s/sitemap.xml
				""".formatted(BaseUrl.current());
	}

}
