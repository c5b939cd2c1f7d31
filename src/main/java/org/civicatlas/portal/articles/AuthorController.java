package org.civicatlas.portal.articles;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.civicatlas.portal.common.BrowseFilters;
import org.civicatlas.portal.common.TypeName;
import org.civicatlas.system.BadRequestException;
import org.civicatlas.system.NotFoundException;
import org.civicatlas.system.Paged;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /authors/{name}}: the published articles a reporter's byline is on, in the order
 * and pages of the articles list (issue 13, item 3). A name no published article carries
 * is a 404.
 */
@Controller
class AuthorController {

	// a printed name: letters (Chinese, Latin), the middle dot of transcribed names,
	// spaces, dots and
	// hyphens; anything else (slashes, digits, markup) cannot be a byline, so it is a bad
	// request
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}·・.\\- ]{1,40}");

	private final BrowseFilters filters;

	private final ArticleListReader list;

	AuthorController(BrowseFilters filters, ArticleListReader list) {
		this.filters = filters;
		this.list = list;
	}

	@GetMapping("/authors/{name}")
	String show(@PathVariable String name, @RequestParam(defaultValue = "1") int page, Model model) {
		if (!NAME.matcher(name).matches() || name.isBlank()) {
			throw new BadRequestException("malformed author name");
		}
		List<TypeName> types = filters.types();
		Paged<ArticleListReader.Summary> paging = list.page(ArticleFilter.byAuthor(name), page,
				ArticleController.PAGE_SIZE, types);
		if (paging.total() == 0) {
			throw new NotFoundException("author " + name);
		}
		String path = "/authors/" + name;
		model.addAttribute("author", name);
		model.addAttribute("articles", paging.rows());
		model.addAttribute("paging", paging);
		model.addAttribute("href", BrowseFilters.href(path, Map.of(), 1));
		return "articles/author";
	}

}
