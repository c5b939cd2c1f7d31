package org.civicatlas.program.admin;

import org.civicatlas.editing.StaleEditException;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Merges one program into another, in one transaction: the target takes over the articles and
 * figures and learns the old names as aliases; the old program keeps its row with
 * {@code merged_into} set, so that its public address redirects. Articles and figures belong to
 * modules that depend on this one, so they are moved with SQL rather than through their entities.
 */
@Service
class ProgramMerger {

	/** What a merge moved, for the editor's notice. */
	record Moved(int articles, int metrics) {
	}

	private final ProgramRepository programs;

	private final JdbcClient jdbc;

	ProgramMerger(ProgramRepository programs, JdbcClient jdbc) {
		this.programs = programs;
		this.jdbc = jdbc;
	}

	/** The rules of a merge, as field errors of the merge form. */
	void check(ProgramAdminQueries.Edited source, MergeForm form, Errors errors) {
		if (source.mergedInto() != null) {
			errors.reject("merge.alreadyMerged");
		}
		if (form.targetId() == null) {
			return;
		}
		if (form.targetId() == source.id()) {
			errors.rejectValue("targetId", "merge.self");
			return;
		}
		Long targetMergedInto = jdbc.sql("select coalesce(merged_into, 0) from program where id = :id")
			.param("id", form.targetId())
			.query(Long.class)
			.optional()
			.orElse(null);
		if (targetMergedInto == null) {
			errors.rejectValue("targetId", "merge.unknownTarget");
		}
		else if (targetMergedInto != 0) {
			errors.rejectValue("targetId", "merge.targetMerged");
		}
	}

	@Transactional
	Moved merge(long sourceId, MergeForm form) {
		Program source = find(sourceId);
		StaleEditException.check("Program " + sourceId, form.version(), source.getVersion());
		Program target = find(form.targetId());
		source.mergeInto(target);
		jdbc.sql("""
				insert into article_program (article_id, program_id)
				select article_id, :target from article_program where program_id = :source
				on conflict do nothing""").param("source", sourceId).param("target", target.getId()).update();
		int articles = jdbc.sql("delete from article_program where program_id = :source")
			.param("source", sourceId)
			.update();
		int metrics = jdbc.sql("update metric set program_id = :target, version = version + 1, updated_at = now() "
				+ "where program_id = :source").param("source", sourceId).param("target", target.getId()).update();
		// programs merged into the old one earlier now redirect straight to the target: no chains
		jdbc.sql("update program set merged_into = :target, version = version + 1, updated_at = now() "
				+ "where merged_into = :source").param("source", sourceId).param("target", target.getId()).update();
		return new Moved(articles, metrics);
	}

	private Program find(long id) {
		return programs.findById(id).orElseThrow(() -> new NotFoundException("Program " + id));
	}

}
