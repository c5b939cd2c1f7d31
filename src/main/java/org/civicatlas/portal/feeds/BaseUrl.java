package org.civicatlas.portal.feeds;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The portal's address as the current client reached it (scheme, host, port, context
 * path), without a trailing slash: feeds and sitemaps need absolute URLs, and the portal
 * does not know its own name.
 */
final class BaseUrl {

	private BaseUrl() {
	}

	static String current() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
