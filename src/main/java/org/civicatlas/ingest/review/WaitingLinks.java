package org.civicatlas.ingest.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.civicatlas.article.Article;
import org.civicatlas.article.ArticleRepository;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.SqlArrays;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the drafts of a page would change in programs that are not drafts: links of draft
 * articles to them and the names the page adds to their aliases, kept in
 * {@code draft_program_link} by {@link org.civicatlas.ingest.PageWriter} so that nothing
 * published moves before the page is. At publication they go through the entities, so
 * versions move and the history records them.
 */
@Component
class WaitingLinks {

	private record Link(long articleId, long programId, List<String> aliases) {
	}

	private final ArticleRepository articles;

	private final ProgramRepository programs;

	private final JdbcClient jdbc;

	WaitingLinks(ArticleRepository articles, ProgramRepository programs, JdbcClient jdbc) {
		this.articles = articles;
		this.programs = programs;
		this.jdbc = jdbc;
	}

	/**
	 * Applies the waiting changes of the accepted articles and forgets those of the
	 * page's others.
	 */
	void apply(long pageId, List<Long> accepted) {
		List<Link> links = jdbc.sql("""
				select l.article_id, l.program_id, l.aliases from draft_program_link l
				  join article a on a.id = l.article_id
				 where a.source_page_id = :page and l.article_id = any (:accepted)
				 order by l.program_id, l.article_id""")
			.param("page", pageId)
			.param("accepted", accepted.toArray(Long[]::new))
			.query((rs, n) -> new Link(rs.getLong("article_id"), rs.getLong("program_id"),
					SqlArrays.strings(rs.getArray("aliases"))))
			.list();
		Map<Long, Set<String>> aliases = new TreeMap<>();
		for (Link link : links) {
			Program program = current(programs.findById(link.programId()).orElseThrow());
			aliases.computeIfAbsent(program.getId(), id -> new LinkedHashSet<>()).addAll(link.aliases());
			Article article = articles.findById(link.articleId()).orElseThrow();
			Set<Program> described = new LinkedHashSet<>(article.getPrograms());
			described.add(program);
			article.describe(described);
		}
		aliases.forEach((id, names) -> learn(programs.findById(id).orElseThrow(), names));
		jdbc.sql("""
				delete from draft_program_link l using article a
				 where a.id = l.article_id and a.source_page_id = :page""").param("page", pageId).update();
	}

	/**
	 * A program merged since the upload: the page's article describes the one it was
	 * merged into.
	 */
	private static Program current(Program program) {
		return program.getMergedInto() == null ? program : program.getMergedInto();
	}

	private static void learn(Program program, Set<String> names) {
		List<String> known = new ArrayList<>(program.getAliases());
		names.stream().filter(name -> !name.equals(program.getName()) && !known.contains(name)).forEach(known::add);
		if (known.size() > program.getAliases().size()) {
			program.revise(program.getName(), known, program.getDescription());
		}
	}

}
