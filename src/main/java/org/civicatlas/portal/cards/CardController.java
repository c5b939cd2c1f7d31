package org.civicatlas.portal.cards;

import java.util.Locale;

import org.civicatlas.system.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The share cards ({@code og:image}): one per article, one per program and the site's
 * own, the same in both languages (the title as printed, its English or pinyin below, the
 * site's name in both). Drawn on request: {@code PublicPageCaching} gives them the data
 * version's ETag, so a client or preview service that has a card gets a 304 until the
 * data changes.
 */
@Controller
class CardController {

	private static final MediaType PNG = MediaType.IMAGE_PNG;

	private final CardTitles titles;

	private final RenderedCards cards;

	private final MessageSource messages;

	CardController(CardTitles titles, RenderedCards cards, MessageSource messages) {
		this.titles = titles;
		this.cards = cards;
		this.messages = messages;
	}

	@GetMapping("/card.png")
	ResponseEntity<byte[]> show() {
		return png(cards.png(both("site.name"), text("site.name", Locale.SIMPLIFIED_CHINESE),
				text("site.name", Locale.ENGLISH), null));
	}

	@GetMapping("/articles/{id}/card.png")
	ResponseEntity<byte[]> article(@PathVariable long id) {
		CardTitles.Title title = titles.article(id).orElseThrow(() -> new NotFoundException("article " + id));
		return png(cards.png(both("site.name"), title.chinese(), title.english(), both("card.article")));
	}

	@GetMapping("/programs/{id}/card.png")
	ResponseEntity<byte[]> program(@PathVariable long id) {
		CardTitles.Title title = titles.program(id).orElseThrow(() -> new NotFoundException("program " + id));
		return png(cards.png(both("site.name"), title.chinese(), title.english(), both("card.program")));
	}

	/** A text in Chinese and in English: the card is one for readers of both. */
	private String both(String key) {
		return text(key, Locale.SIMPLIFIED_CHINESE) + " · " + text(key, Locale.ENGLISH);
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

	private static ResponseEntity<byte[]> png(byte[] card) {
		return ResponseEntity.ok().contentType(PNG).body(card);
	}

}
