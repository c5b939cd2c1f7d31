package org.civicatlas.portal.articles;

import java.util.List;
import java.util.Locale;

import org.civicatlas.portal.programs.Romanized;
import org.civicatlas.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page an article was cleaned from, every line numbered, the article's lines marked.
 */
@Controller
class ArticleSourceController {

	private final ArticleReader reader;

	private final Romanized romanized;

	ArticleSourceController(ArticleReader reader, Romanized romanized) {
		this.reader = reader;
		this.romanized = romanized;
	}

	@GetMapping("/articles/{id}/source")
	String show(@PathVariable long id, @RequestParam(required = false) Integer line, Model model, Locale locale) {
		ArticleReader.Source source = reader.source(id).orElseThrow(() -> new NotFoundException("article " + id));
		List<SourceLines.Line> lines = SourceLines.lines(source.rawText(), source.lines());
		model.addAttribute("source", source);
		model.addAttribute("headlineTitle", romanized.title(source.headline(), source.headlineEn(), locale));
		model.addAttribute("lines", lines);
		model.addAttribute("runs", SourceLines.runs(lines));
		// a figure's link names the line that states it; a line the page does not have is
		// simply not marked
		model.addAttribute("focus", line);
		return "articles/source";
	}

}
