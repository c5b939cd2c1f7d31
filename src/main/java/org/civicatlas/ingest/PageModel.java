package org.civicatlas.ingest;

import java.util.List;

/**
 * Everything the pipeline made of one newspaper page: the page itself (to be stored as it
 * came), its articles, and the programs they describe.
 *
 * @param lineCount how many lines the page has, blank ones included
 * @param leftOver lines that went into no article and are not noise (the editor should
 * look at them)
 */
public record PageModel(String fileName, String sha256, String rawText, int lineCount, List<ArticleModel> articles,
		List<ProgramModel> programs, List<Integer> leftOver) {

	public PageModel {
		articles = List.copyOf(articles);
		programs = List.copyOf(programs);
		leftOver = List.copyOf(leftOver);
	}

}
