package org.civicatlas.portal.articles;

import java.util.List;
import java.util.Locale;

import org.civicatlas.portal.common.BrowseFilters;
import org.civicatlas.portal.common.TypeName;
import org.civicatlas.portal.programs.Romanized;
import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The published articles: the filtered list, and one article with its figures marked. */
@Controller
class ArticleController {

	static final int PAGE_SIZE = 20;

	// newspapers of the People's Republic; a year outside is a typing error, not a filter
	private static final int FIRST_YEAR = 1949;

	private static final int LAST_YEAR = 2100;

	// characters of a shared link's description; previews show about this many
	private static final int DESCRIPTION = 120;

	private final BrowseFilters filters;

	private final ArticleListReader list;

	private final ArticleReader reader;

	private final MarkedArticle marker;

	private final Romanized romanized;

	ArticleController(BrowseFilters filters, ArticleListReader list, ArticleReader reader, MarkedArticle marker,
			Romanized romanized) {
		this.filters = filters;
		this.list = list;
		this.reader = reader;
		this.marker = marker;
		this.romanized = romanized;
	}

	@GetMapping("/articles")
	String list(@RequestParam(required = false) String place, @RequestParam(required = false) String type,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "1") int page, Model model) {
		if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
			throw new BadRequestException("year out of range");
		}
		List<TypeName> types = filters.types();
		ArticleFilter filter = new ArticleFilter(filters.place(place).orElse(null),
				BrowseFilters.type(type, types).orElse(null), year, null);
		Paged<ArticleListReader.Summary> paging = list.page(filter, page, PAGE_SIZE, types);
		model.addAttribute("filter", filter);
		model.addAttribute("types", types);
		model.addAttribute("places", filters.placeChoices());
		model.addAttribute("articles", paging.rows());
		model.addAttribute("paging", paging);
		model.addAttribute("href", BrowseFilters.href("/articles", filter.params(), 1));
		return "articles/list";
	}

	/**
	 * What a shared link's preview says of the article: its subhead, else the start of
	 * its first paragraph.
	 */
	static String description(ArticleReader.Article article) {
		String text = article.subhead() != null ? article.subhead() : article.paragraphs().get(0);
		return text.codePointCount(0, text.length()) <= DESCRIPTION ? text
				: text.substring(0, text.offsetByCodePoints(0, DESCRIPTION)) + "…";
	}

	@GetMapping("/articles/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		ArticleReader.Article article = reader.article(id).orElseThrow(() -> new NotFoundException("article " + id));
		model.addAttribute("article", article);
		model.addAttribute("headlineTitle", romanized.title(article.headline(), article.headlineEn(), locale));
		model.addAttribute("pageDescription", description(article));
		model.addAttribute("pageImage", "/articles/" + id + "/card.png");
		model.addAttribute("marked", marker.mark(article.paragraphs(), reader.figures(id), locale));
		return "articles/show";
	}

}
