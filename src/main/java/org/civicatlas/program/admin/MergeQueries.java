package org.civicatlas.program.admin;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.civicatlas.editing.TextFields;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import static org.civicatlas.system.SqlArrays.strings;

/**
 * What the merge pages read: targets found by name, what a merge would move, the merges
 * that can be undone.
 */
@Component
class MergeQueries {

	static final int TARGETS = 20;

	record Target(long id, String name, String place, int articles) {
	}

	/**
	 * What merging the source into the target moves: the articles, the figures, the names
	 * the target learns.
	 */
	record Preview(Target target, List<String> articles, List<String> metrics, List<String> aliases) {
	}

	/** A merge not undone, as a program's form offers to undo it. */
	record Open(long id, long sourceId, String sourceName, long targetId, String targetName) {
	}

	private static final String PROGRAM = """
			select p.id, p.name, coalesce(t.name, d.name, c.name) as place,
			       (select count(*) from article_program ap where ap.program_id = p.id) as articles
			  from program p
			  left join city c on c.code = p.city_code
			  left join district d on d.code = p.district_code
			  left join township t on t.code = p.township_code
			""";

	private final JdbcClient jdbc;

	MergeQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Programs the source can be merged into whose name, alias or place contains every
	 * word of the query (all of them without a query), at most {@link #TARGETS}: not
	 * merged themselves, not the source.
	 */
	List<Target> targets(long sourceId, String query) {
		return jdbc
			.sql(PROGRAM
					+ """
							where p.merged_into is null and p.id <> :id
							  and (select coalesce(bool_and(strpos(lower(p.name || ' ' || array_to_string(p.aliases, ' ') || ' '
							              || coalesce(t.name, '') || coalesce(d.name, '') || coalesce(c.name, '')), lower(w)) > 0), true)
							         from unnest(cast(:words as text[])) w)
							order by p.name, p.id
							limit :limit""")
			.param("id", sourceId)
			.param("words", TextFields.words(query).toArray(String[]::new))
			.param("limit", TARGETS)
			.query((rs, n) -> new Target(rs.getLong("id"), rs.getString("name"), rs.getString("place"),
					rs.getInt("articles")))
			.list();
	}

	/** What a merge would move, or empty when the target is unknown. */
	Optional<Preview> preview(long sourceId, long targetId) {
		return jdbc.sql("""
				select p.id, p.name, coalesce(t.name, d.name, c.name) as place,
				       (select count(*) from article_program ap where ap.program_id = p.id) as articles,
				       s.name as source_name, s.aliases as source_aliases, p.aliases as target_aliases,
				       array(select a.headline from article_program ap join article a on a.id = ap.article_id
				              where ap.program_id = s.id order by a.id) as headlines,
				       array(select m.label from metric m where m.program_id = s.id order by m.id) as labels
				  from program p
				  join program s on s.id = :source
				  left join city c on c.code = p.city_code
				  left join district d on d.code = p.district_code
				  left join township t on t.code = p.township_code
				 where p.id = :target""").param("source", sourceId).param("target", targetId).query((rs, n) -> {
			Target target = new Target(rs.getLong("id"), rs.getString("name"), rs.getString("place"),
					rs.getInt("articles"));
			Set<String> learned = new LinkedHashSet<>();
			learned.add(rs.getString("source_name"));
			learned.addAll(strings(rs.getArray("source_aliases")));
			learned.removeAll(strings(rs.getArray("target_aliases")));
			learned.remove(target.name());
			return new Preview(target, strings(rs.getArray("headlines")), strings(rs.getArray("labels")),
					List.copyOf(learned));
		}).optional();
	}

	/**
	 * The merges not undone that a program took part in, as the merged one or as the
	 * target, newest first.
	 */
	List<Open> open(long programId) {
		return jdbc.sql("""
				select m.id, m.source_id, s.name as source_name, m.target_id, t.name as target_name
				  from program_merge m join program s on s.id = m.source_id join program t on t.id = m.target_id
				 where m.undone_at is null and (m.source_id = :id or m.target_id = :id)
				 order by m.id desc""")
			.param("id", programId)
			.query((rs, n) -> new Open(rs.getLong("id"), rs.getLong("source_id"), rs.getString("source_name"),
					rs.getLong("target_id"), rs.getString("target_name")))
			.list();
	}

}
