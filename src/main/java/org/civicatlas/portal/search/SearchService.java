package org.civicatlas.portal.search;

import java.util.List;

import org.civicatlas.portal.search.SearchReader.ArticleHit;
import org.civicatlas.portal.search.SearchReader.PlaceHit;
import org.civicatlas.portal.search.SearchReader.ProgramHit;
import org.civicatlas.portal.search.SearchResults.ArticleResult;
import org.civicatlas.portal.search.SearchResults.Byline;
import org.civicatlas.portal.search.SearchResults.Group;
import org.civicatlas.portal.search.SearchResults.PlaceResult;
import org.civicatlas.portal.search.SearchResults.ProgramResult;

import org.springframework.stereotype.Service;

/**
 * Runs a search (one statement per kind shown) and marks the hits in the texts of the
 * results.
 */
@Service
class SearchService {

	/** Results of each kind on the overview; the rest is a click away, by kind. */
	static final int OVERVIEW_SIZE = 10;

	static final int PAGE_SIZE = 20;

	private static final int ARTICLE_SNIPPET = 120;

	private static final int PROGRAM_SNIPPET = 80;

	private final SearchReader repository;

	SearchService(SearchReader repository) {
		this.repository = repository;
	}

	/** The first results of every kind. */
	SearchResults overview(SearchQuery query) {
		Highlighter highlighter = new Highlighter(query);
		return new SearchResults(places(query, highlighter, 1, OVERVIEW_SIZE),
				programs(query, highlighter, 1, OVERVIEW_SIZE), articles(query, highlighter, 1, OVERVIEW_SIZE), null);
	}

	/** One page (1-based) of one kind's results. */
	SearchResults page(SearchQuery query, Kind kind, int page) {
		Highlighter highlighter = new Highlighter(query);
		return new SearchResults(kind == Kind.PLACES ? places(query, highlighter, page, PAGE_SIZE) : null,
				kind == Kind.PROGRAMS ? programs(query, highlighter, page, PAGE_SIZE) : null,
				kind == Kind.ARTICLES ? articles(query, highlighter, page, PAGE_SIZE) : null, kind);
	}

	private Group<PlaceResult> places(SearchQuery query, Highlighter highlighter, int page, int size) {
		return Group.exact(Kind.PLACES, repository.places(query, page, size).map(hit -> place(hit, highlighter)));
	}

	private Group<ProgramResult> programs(SearchQuery query, Highlighter highlighter, int page, int size) {
		return Group.upTo(SearchReader.CAP, Kind.PROGRAMS,
				repository.programs(query, page, size).map(hit -> program(hit, highlighter)));
	}

	private Group<ArticleResult> articles(SearchQuery query, Highlighter highlighter, int page, int size) {
		return Group.upTo(SearchReader.CAP, Kind.ARTICLES,
				repository.articles(query, page, size).map(hit -> article(hit, highlighter)));
	}

	private static PlaceResult place(PlaceHit hit, Highlighter highlighter) {
		String nameEn = hit.name().nameEn();
		return new PlaceResult(hit.level(), hit.code(), highlighter.mark(hit.name().name()),
				nameEn == null ? List.of() : highlighter.mark(nameEn), hit.district(), hit.city());
	}

	private static ProgramResult program(ProgramHit hit, Highlighter highlighter) {
		String description = hit.description() == null ? "" : hit.description();
		return new ProgramResult(hit.id(), highlighter.mark(hit.name()),
				hit.aliases().stream().map(highlighter::mark).toList(), hit.township(), hit.district(), hit.city(),
				hit.village(), highlighter.snippet(description, PROGRAM_SNIPPET));
	}

	private static ArticleResult article(ArticleHit hit, Highlighter highlighter) {
		return new ArticleResult(hit.id(), highlighter.mark(hit.headline()), hit.headlineEn(),
				hit.bylines().stream().map(name -> new Byline(name, highlighter.mark(name))).toList(), hit.district(),
				hit.city(), highlighter.snippet(hit.body(), ARTICLE_SNIPPET));
	}

}
