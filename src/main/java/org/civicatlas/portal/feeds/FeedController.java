package org.civicatlas.portal.feeds;

import java.util.Locale;

import org.civicatlas.portal.programs.Romanized;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** {@code /feed.atom}: the newest published articles as an Atom 1.0 feed. */
@Controller
class FeedController {

	static final String ATOM = "application/atom+xml;charset=UTF-8";

	static final int SIZE = 20;

	private final LatestArticlesReader articles;

	private final MessageSource messages;

	private final Romanized romanized;

	FeedController(LatestArticlesReader articles, MessageSource messages, Romanized romanized) {
		this.articles = articles;
		this.messages = messages;
		this.romanized = romanized;
	}

	@GetMapping(path = "/feed.atom", produces = ATOM)
	@ResponseBody
	String show(Locale locale) {
		AtomFeed.Texts texts = new AtomFeed.Texts(locale.getLanguage().equals("en") ? "en" : "zh-CN",
				messages.getMessage("feed.title", null, locale), messages.getMessage("feed.subtitle", null, locale),
				messages.getMessage("feed.author", null, locale));
		return AtomFeed.write(BaseUrl.current(), texts, articles.latest(SIZE),
				entry -> romanized.title(entry.headline(), entry.headlineEn(), locale));
	}

}
