package org.civicatlas.ingest.review;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.civicatlas.article.Article;
import org.civicatlas.ingest.PageDiff;
import org.civicatlas.ingest.PageWriter;
import org.civicatlas.ingest.ProgramIds;
import org.civicatlas.ingest.ProgramModel;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.PublicationStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The program links a re-import makes or removes, inside its transaction. Programs are
 * found or stored as an upload finds or stores them ({@link PageWriter#programIds}, a new
 * one as a draft). A draft article's links go where an upload puts them (a link to a
 * program that is not a draft waits for publication). A published article's go through
 * the entities as a publication makes them ({@link WaitingLinks}: the article's and the
 * program's versions and history move, new spellings become aliases), and a new program
 * it describes is published with it. Removing a link never deletes a program.
 */
@Component
class ReimportLinks {

	private final DataSource dataSource;

	private final JdbcClient jdbc;

	private final ProgramRepository programs;

	private final WaitingLinks waitingLinks;

	ReimportLinks(DataSource dataSource, JdbcClient jdbc, ProgramRepository programs, WaitingLinks waitingLinks) {
		this.dataSource = dataSource;
		this.jdbc = jdbc;
		this.programs = programs;
		this.waitingLinks = waitingLinks;
	}

	void apply(Article article, List<PageDiff.ProgramChange> chosen) {
		Set<Long> unlinked = new LinkedHashSet<>();
		chosen.stream()
			.filter(change -> change.programId() != null)
			.forEach(change -> unlinked.add(change.programId()));
		List<ProgramModel> linked = chosen.stream()
			.filter(change -> change.proposed() != null)
			.map(PageDiff.ProgramChange::proposed)
			.toList();
		boolean published = article.getStatus() == PublicationStatus.PUBLISHED;
		if (!unlinked.isEmpty()) {
			unlink(article, unlinked, published);
		}
		if (linked.isEmpty()) {
			return;
		}
		ProgramIds ids = programIds(linked);
		if (!published) {
			write(writer -> writer.link(article.getId(), ids.ids(), ids));
			return;
		}
		for (long programId : new LinkedHashSet<>(ids.ids())) {
			List<String> aliases = ids.waiting().containsKey(programId) ? ids.waiting().get(programId) : List.of();
			jdbc.sql(
					"""
							insert into draft_program_link (article_id, program_id, aliases) values (:article, :program, :aliases)
							on conflict do nothing""")
				.param("article", article.getId())
				.param("program", programId)
				.param("aliases", aliases.toArray(String[]::new))
				.update();
		}
		// stored just now: a draft program no article describes yet
		programs
			.findAllById(jdbc.sql("""
					select p.id from program p where p.id = any (:ids) and p.status = 'DRAFT'
					   and not exists (select 1 from article_program ap where ap.program_id = p.id)""")
				.param("ids", ids.ids().toArray(Long[]::new))
				.query(Long.class)
				.list())
			.forEach(program -> program.changeStatus(PublicationStatus.PUBLISHED));
		waitingLinks.apply(article.getSourcePage().getId(), List.of(article.getId()));
	}

	private void unlink(Article article, Set<Long> programIds, boolean published) {
		if (published) {
			Set<Program> kept = new LinkedHashSet<>(article.getPrograms());
			kept.removeIf(program -> programIds.contains(program.getId()));
			article.describe(kept);
			return;
		}
		for (String table : List.of("article_program", "draft_program_link")) {
			jdbc.sql("delete from " + table + " where article_id = :id and program_id = any (:programs)")
				.param("id", article.getId())
				.param("programs", programIds.toArray(Long[]::new))
				.update();
		}
	}

	private ProgramIds programIds(List<ProgramModel> models) {
		ProgramIds[] found = new ProgramIds[1];
		write(writer -> found[0] = writer.programIds(models, PageWriter.Mode.REVIEW));
		return found[0];
	}

	private void write(PageWriters.WriterCall call) {
		PageWriters.with(dataSource, "re-import program links", call);
	}

}
