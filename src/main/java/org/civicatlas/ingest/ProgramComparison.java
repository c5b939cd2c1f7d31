package org.civicatlas.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The programs one article describes, three ways: a link the new run makes that is
 * neither there nor in the base is offered (to a stored program of that name, or a new
 * one); a link of the base's the new run no longer makes is offered for removal; a link
 * an editor made by hand (not in the base) stays, and one the pipeline made before and an
 * editor removed is not offered again. A program itself is never deleted. Pure: lists in,
 * changes out.
 */
final class ProgramComparison {

	/** A program the article describes now (or will at publication: a waiting link). */
	record Linked(long programId, String name, List<String> aliases) {

		boolean spells(String spelling) {
			return name.equals(spelling) || aliases.contains(spelling);
		}

	}

	private ProgramComparison() {
	}

	/**
	 * @param base the names the article's programs had at the last import, {@code null}
	 * when not known
	 */
	static List<PageDiff.ProgramChange> compare(long articleId, List<Linked> current, List<String> base,
			List<ProgramModel> fresh) {
		List<PageDiff.ProgramChange> changes = new ArrayList<>();
		for (ProgramModel program : fresh) {
			boolean linked = current.stream().anyMatch(link -> spelled(link, program));
			boolean madeBefore = base != null && base.contains(program.name());
			if (!linked && !madeBefore) {
				changes.add(new PageDiff.ProgramChange(articleId, null, program.name(), program.aliases(), program,
						base == null));
			}
		}
		for (Linked link : current) {
			boolean still = fresh.stream().anyMatch(program -> spelled(link, program));
			boolean pipeline = base != null && base.stream().anyMatch(link::spells);
			if (!still && pipeline) {
				changes.add(new PageDiff.ProgramChange(articleId, link.programId(), link.name(), link.aliases(), null,
						false));
			}
		}
		return changes;
	}

	private static boolean spelled(Linked link, ProgramModel program) {
		return link.spells(program.name()) || program.aliases().stream().anyMatch(link::spells);
	}

}
