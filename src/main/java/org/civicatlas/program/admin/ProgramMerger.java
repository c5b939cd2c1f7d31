package org.civicatlas.program.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.civicatlas.editing.StaleEditException;
import org.civicatlas.program.Program;
import org.civicatlas.program.ProgramRepository;
import org.civicatlas.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Merges one program into another, and undoes a merge, in one transaction each: the
 * target takes over the articles and figures and learns the old names as aliases; the old
 * program keeps its row with {@code merged_into} set, so that its public address
 * redirects. Each merge records what it moved ({@code program_merge}), so that undoing it
 * puts every link back. Articles and figures belong to modules that depend on this one,
 * so they are moved with SQL rather than through their entities.
 */
@Service
class ProgramMerger {

	/**
	 * What a merge moved, for the editor's notice; {@code mergeId} is the merge to undo.
	 */
	record Moved(long mergeId, int articles, int metrics) {
	}

	/** What an undo put back, for the editor's notice. */
	record Undone(long sourceId, String sourceName, int articles, int metrics) {
	}

	/** A merge cannot be undone: it was undone already, or the programs changed since. */
	static class UndoRefusedException extends RuntimeException {

		UndoRefusedException(String message) {
			super(message);
		}

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
		Set<String> aliasesBefore = new LinkedHashSet<>(target.getAliases());
		source.mergeInto(target);
		List<String> aliasesAdded = target.getAliases()
			.stream()
			.filter(alias -> !aliasesBefore.contains(alias))
			.toList();
		long mergeId = jdbc
			.sql("""
					insert into program_merge (source_id, target_id, article_ids, target_had_ids, metric_ids, redirected_ids,
					                           aliases_added)
					values (:source, :target,
					        array(select article_id from article_program where program_id = :source order by article_id),
					        array(select s.article_id from article_program s join article_program t
					                on t.article_id = s.article_id and t.program_id = :target
					               where s.program_id = :source order by s.article_id),
					        array(select id from metric where program_id = :source order by id),
					        array(select id from program where merged_into = :source order by id),
					        :aliases)
					returning id""")
			.param("source", sourceId)
			.param("target", target.getId())
			.param("aliases", aliasesAdded.toArray(String[]::new))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into article_program (article_id, program_id)
				select article_id, :target from article_program where program_id = :source
				on conflict do nothing""").param("source", sourceId).param("target", target.getId()).update();
		int articles = jdbc.sql("delete from article_program where program_id = :source")
			.param("source", sourceId)
			.update();
		int metrics = jdbc
			.sql("update metric set program_id = :target, version = version + 1, updated_at = now() "
					+ "where program_id = :source")
			.param("source", sourceId)
			.param("target", target.getId())
			.update();
		// programs merged into the old one earlier now redirect straight to the target:
		// no chains
		jdbc.sql("update program set merged_into = :target, version = version + 1, updated_at = now() "
				+ "where merged_into = :source")
			.param("source", sourceId)
			.param("target", target.getId())
			.update();
		return new Moved(mergeId, articles, metrics);
	}

	/**
	 * Undoes a merge as one step: the merged program stands on its own again with the
	 * article links and figures it had, the target forgets the aliases it learned and
	 * keeps the links it had before, and programs the merge redirected point to the
	 * merged program again. Articles or figures deleted since stay deleted. Refused when
	 * the merge was undone already or the target was merged since (undo that merge
	 * first).
	 */
	@Transactional
	Undone undo(long mergeId) {
		record Merge(long sourceId, long targetId) {
		}
		Merge merge = jdbc.sql("""
				select source_id, target_id from program_merge
				 where id = :id and undone_at is null for update""")
			.param("id", mergeId)
			.query((rs, n) -> new Merge(rs.getLong("source_id"), rs.getLong("target_id")))
			.optional()
			.orElseThrow(() -> new UndoRefusedException("Merge " + mergeId + " is unknown or undone"));
		// the target first, so that the source's link to it is this same instance
		Program target = find(merge.targetId());
		Program source = find(merge.sourceId());
		if (target.getMergedInto() != null || source.getMergedInto() == null
				|| !source.getMergedInto().getId().equals(target.getId())) {
			throw new UndoRefusedException("Merge " + mergeId + ": the programs changed since");
		}
		List<String> aliases = jdbc.sql("select unnest(aliases_added) from program_merge where id = :id")
			.param("id", mergeId)
			.query(String.class)
			.list();
		source.undoMerge(target, aliases);
		int articles = jdbc.sql("""
				insert into article_program (article_id, program_id)
				select a.id, :source from article a
				 where a.id = any (select unnest(article_ids) from program_merge where id = :merge)
				on conflict do nothing""").param("source", source.getId()).param("merge", mergeId).update();
		jdbc.sql("""
				delete from article_program
				 where program_id = :target
				   and article_id = any (select unnest(article_ids) from program_merge where id = :merge)
				   and not article_id = any (select unnest(target_had_ids) from program_merge where id = :merge)""")
			.param("target", target.getId())
			.param("merge", mergeId)
			.update();
		int metrics = jdbc.sql("""
				update metric set program_id = :source, version = version + 1, updated_at = now()
				 where program_id = :target
				   and id = any (select unnest(metric_ids) from program_merge where id = :merge)""")
			.param("source", source.getId())
			.param("target", target.getId())
			.param("merge", mergeId)
			.update();
		jdbc.sql("""
				update program set merged_into = :source, version = version + 1, updated_at = now()
				 where merged_into = :target
				   and id = any (select unnest(redirected_ids) from program_merge where id = :merge)""")
			.param("source", source.getId())
			.param("target", target.getId())
			.param("merge", mergeId)
			.update();
		jdbc.sql("update program_merge set undone_at = now() where id = :id").param("id", mergeId).update();
		return new Undone(source.getId(), source.getName(), articles, metrics);
	}

	private Program find(long id) {
		return programs.findById(id).orElseThrow(() -> new NotFoundException("Program " + id));
	}

}
