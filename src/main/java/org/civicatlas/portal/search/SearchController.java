package org.civicatlas.portal.search;

import java.util.Arrays;

import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.PublicCache;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /search?q=}: places, programs and articles matching a query, grouped by kind;
 * with {@code kind=} one kind, page by page. A blank query shows examples instead.
 */
@Controller
class SearchController {

	/**
	 * Deeper pages cost more to skip to than any reader would go; a refined query serves
	 * better.
	 */
	static final int MAX_PAGE = 500;

	/**
	 * Fewer matches than this (on the overview) and the page also offers a corrected
	 * query and close names.
	 */
	static final int FEW = 3;

	private final SearchService search;

	private final SuggestionReader suggestions;

	private final PublicCache cache;

	private final Synonyms synonyms;

	SearchController(SearchService search, SuggestionReader suggestions, PublicCache cache, Synonyms synonyms) {
		this.search = search;
		this.suggestions = suggestions;
		this.cache = cache;
		this.synonyms = synonyms;
	}

	@GetMapping("/search")
	String list(@RequestParam(name = "q", required = false) String q,
			@RequestParam(name = "kind", required = false) String kind,
			@RequestParam(name = "page", defaultValue = "1") int page, Model model) {
		Kind only = kind == null ? null : Kind.fromKey(kind).orElseThrow(() -> new BadRequestException("unknown kind"));
		if (page < 1 || page > MAX_PAGE || (only == null && page != 1)) {
			throw new BadRequestException("page " + page);
		}
		SearchQuery typed = SearchQuery.parse(q);
		// English and pinyin words are searched as the Chinese terms they stand for; the
		// box keeps what was typed
		String translated = typed.isBlank() ? null : synonyms.translate(typed.text());
		SearchQuery query = translated == null ? typed : typed.translatedTo(translated);
		model.addAttribute("typed", typed);
		model.addAttribute("translated", translated != null);
		model.addAttribute("query", query);
		model.addAttribute("maxLength", SearchQuery.MAX_LENGTH);
		if (!query.isBlank()) {
			// repeated searches (the popular words, paging back and forth) are kept until
			// the data changes
			SearchResults results = cache.get(
					Arrays.asList(SearchService.class, query.text(), query.alsoMarked(), only, page),
					() -> only == null ? search.overview(query) : search.page(query, only, page));
			model.addAttribute("results", results);
			// the suggestion statement runs only for a search that found (almost) nothing
			model.addAttribute("suggestions",
					only == null && results.total() < FEW ? cache
						.get(Arrays.asList(SuggestionReader.class, query.terms()), () -> suggestions.find(query))
							: Suggestions.NONE);
		}
		return "search/list";
	}

}
