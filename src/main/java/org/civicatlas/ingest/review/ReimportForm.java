package org.civicatlas.ingest.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editor's confirmation of a re-import.
 *
 * @param take the tokens of the changes to take (fields, figures, links, added and
 * removed articles, {@link org.civicatlas.ingest.PageDiff}); everything else stays as it
 * is
 * @param seen {@code articleId:version} of every article the comparison showed, so that
 * an article changed since is not overwritten unseen
 * @param pageVersion the page's version the comparison showed: a page repaired or
 * re-imported since is refused
 */
record ReimportForm(List<String> take, List<String> seen, Long pageVersion) {

	ReimportForm {
		take = take == null ? List.of() : List.copyOf(take);
		seen = seen == null ? List.of() : List.copyOf(seen);
	}

	Set<String> taken() {
		return Set.copyOf(take);
	}

	/**
	 * The versions the editor saw, by article id; malformed entries are ignored (then the
	 * article counts as unseen).
	 */
	Map<Long, Long> versions() {
		Map<Long, Long> versions = new HashMap<>();
		for (String entry : seen) {
			String[] parts = entry.split(":");
			if (parts.length == 2 && parts[0].matches("\\d{1,18}") && parts[1].matches("\\d{1,18}")) {
				versions.put(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
			}
		}
		return versions;
	}

}
