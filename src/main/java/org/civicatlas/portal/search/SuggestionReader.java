package org.civicatlas.portal.search;

import java.util.ArrayList;
import java.util.List;

import org.civicatlas.portal.search.Suggestions.Offer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * "Did you mean" and the closest names, in one statement (pg_trgm,
 * V66__search_suggestions.sql).
 *
 * <p>
 * Each query term is compared with every stretch of the same length of the names of
 * published programs, places and program types: 乡闲 with 乡贤, 乡村, 北海, ... A pg_trgm trigram
 * of a two-character Chinese word holds the word's start or end (two padding spaces), so
 * plain {@code similarity} only rewards a shared first character; the term is therefore
 * also compared character by character (each character spaced out as its own word, so
 * that every shared character counts wherever it stands), and the two similarities are
 * added. Among stretches that come equally close, the one more names hold wins: typos are
 * mostly near a common word (乡贤, 调解), not a rare one. A term that stands in some name as
 * typed keeps itself (its score is the highest).
 */
@Repository
class SuggestionReader {

	/**
	 * Below this (sum of both similarities, at most 2) a stretch shares too little with
	 * the term.
	 */
	static final double THRESHOLD = 0.3;

	/** Records offered of each kind. */
	static final int OFFERS = 5;

	// Terms of one to twelve characters are compared; longer ones are not typos of a
	// name.
	static final String SQL = """
			with terms as (
			  select term, ord, char_length(term) as len, regexp_replace(term, '(.)', '\\1 ', 'g') as spaced
			    from unnest(cast(:terms as text[])) with ordinality as t (term, ord)
			   where char_length(term) between 1 and 12),
			names as (
			  select 'TYPE' as kind, key as ref, name_zh as name, name_en from program_type
			  union all select 'PLACE', code, name, name_en from city
			  union all select 'PLACE', code, name, name_en from district
			  union all select 'PLACE', code, name, name_en from township
			  union all select 'PROGRAM', cast(id as text), name, null from program
			   where status = 'PUBLISHED' and merged_into is null),
			parts as (
			  select n.kind, n.ref, n.name, n.name_en, t.ord, s.part,
			         similarity(regexp_replace(s.part, '(.)', '\\1 ', 'g'), t.spaced) + similarity(s.part, t.term) as score
			    from terms t cross join names n
			    cross join lateral (select distinct substr(n.name, i, t.len) as part
			                          from generate_series(1, greatest(char_length(n.name) - t.len + 1, 1)) i) s),
			best as (
			  select distinct on (ord) ord, part
			    from (select ord, part, max(score) as score, count(*) as holders from parts group by ord, part) g
			   where score >= :threshold
			   order by ord, score desc, holders desc, part),
			offers as (
			  select kind, ref, name, name_en,
			         row_number() over (partition by kind
			                            order by bool_or(b.part is not null) desc, max(score) desc, char_length(name), ref) as n
			    from parts p left join best b on b.ord = p.ord and b.part = p.part
			   group by kind, ref, name, name_en
			  having max(score) >= :threshold)
			select 'QUERY' as kind, null as ref, string_agg(coalesce(b.part, t.term), ' ' order by t.ord) as name,
			       null as name_en, 0 as n
			  from terms t left join best b on b.ord = t.ord
			union all
			select kind, ref, name, name_en, n from offers where n <= :offers
			order by kind, n
			""";

	private final JdbcClient jdbc;

	SuggestionReader(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Suggestions find(SearchQuery query) {
		String[] corrected = { null };
		List<Offer> programs = new ArrayList<>();
		List<Offer> places = new ArrayList<>();
		List<Offer> types = new ArrayList<>();
		jdbc.sql(SQL)
			.param("terms", query.terms().toArray(String[]::new))
			.param("threshold", THRESHOLD)
			.param("offers", OFFERS)
			.query(rs -> {
				Offer offer = new Offer(rs.getString("ref"), rs.getString("name"), rs.getString("name_en"));
				switch (rs.getString("kind")) {
					case "QUERY" -> corrected[0] = offer.name();
					case "PROGRAM" -> programs.add(offer);
					case "PLACE" -> places.add(offer);
					default -> types.add(offer);
				}
			});
		String suggested = corrected[0] == null || corrected[0].equals(String.join(" ", query.terms())) ? null
				: corrected[0];
		return new Suggestions(suggested, programs, places, types);
	}

}
