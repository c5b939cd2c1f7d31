package org.civicatlas.portal.cards;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The cards drawn lately, kept by what they show: drawing and compressing one takes tens
 * of milliseconds, and a card stays right across data versions as long as its title does
 * (an edit elsewhere changes the ETag, not the picture). Bounded by count: {@value #KEPT}
 * cards of about 50 KB.
 */
@Component
class RenderedCards {

	static final int KEPT = 200;

	private final Map<List<String>, byte[]> cards = Collections
		.synchronizedMap(new LinkedHashMap<List<String>, byte[]>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<List<String>, byte[]> eldest) {
				return size() > KEPT;
			}
		});

	/** The card of {@link ShareCard#png}, drawn unless kept. */
	byte[] png(String site, String title, String english, String kind) {
		List<String> key = Arrays.asList(site, title, english, kind);
		byte[] card = cards.get(key);
		if (card == null) {
			// two requests for a new card may both draw it; the same bytes either way
			card = ShareCard.png(site, title, english, kind);
			cards.put(key, card);
		}
		return card;
	}

}
