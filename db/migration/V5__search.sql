-- Full-text search over Chinese text (docs/search.md).
--
-- Chinese has no spaces between words, and pg_trgm cannot index the two-character words that
-- matter most here (乡贤, 网格, 调解): a trigram needs three characters. So every text is indexed
-- as overlapping character bigrams, each at its character position: 乡贤参与 becomes
-- '乡贤':1 '贤参':2 '参与':3 '与':4. The last character of a run is kept alone, so that a
-- one-character query can still find it with a prefix match ('与':*). A query is the phrase of its
-- bigrams ('乡贤' <-> '贤参'), so a longer query matches only where its characters stand together.
--
-- Text is folded first (NFKC, so full-width ２０２３ is 2023; lower case), and every character that
-- is not a digit, a Latin letter or a CJK ideograph separates runs: no bigram spans punctuation.

create function search_bigrams(variadic parts text[]) returns tsvector
    language sql immutable strict parallel safe
as $$
    select coalesce(string_agg(case when following is null or following = ' ' then ch else ch || following end
                               || ':' || least(pos, 16383), ' '), '')::tsvector
      from (select string_to_array(regexp_replace(lower(normalize(array_to_string(parts, ' '), nfkc)),
                       '[^0-9a-z\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]', ' ', 'g'),
                       null) as chars) folded,
           unnest(folded.chars, folded.chars[2:]) with ordinality as c (ch, following, pos)
     where ch <> ' '
$$;

comment on function search_bigrams(text[]) is
    'Overlapping character bigrams of the texts, at their character positions (16383 at most), for Chinese search';

-- Articles and programs keep their vectors in stored columns: ranking reads the vector of every
-- match it ranks, and recomputing it would cost more than the search. Weights rank a headline or
-- name hit (A) above a subhead or alias hit (B) above a body or description hit (D). The small
-- search_title (headline and subhead, name and aliases) says cheaply whether a match is a title hit.
--
-- The planner gathers no statistics on the big vectors (statistics 0): with them it estimates a
-- common word (乡贤 is in one article in five) well and prefers a sequential scan, not knowing that
-- testing a row there means decompressing its whole vector; without them it assumes a selective
-- match and always takes the GIN index, which tests no vector for a one-bigram query.
alter table article
    add column search_title tsvector generated always as (
        setweight(search_bigrams(headline), 'A') || setweight(search_bigrams(subhead), 'B')) stored,
    add column search_vector tsvector generated always as (
        setweight(search_bigrams(headline), 'A')
        || setweight(search_bigrams(subhead), 'B')
        || setweight(search_bigrams(body), 'D')) stored,
    alter column search_vector set statistics 0;

create index article_search_idx on article using gin (search_vector) where status = 'PUBLISHED';

alter table program
    add column search_title tsvector generated always as (
        setweight(search_bigrams(name), 'A') || setweight(search_bigrams(variadic aliases), 'B')) stored,
    add column search_vector tsvector generated always as (
        setweight(search_bigrams(name), 'A')
        || setweight(search_bigrams(variadic aliases), 'B')
        || setweight(search_bigrams(description), 'D')) stored,
    alter column search_vector set statistics 0;

create index program_search_idx on program using gin (search_vector)
    where status = 'PUBLISHED' and merged_into is null;

-- Places are ranked by level and name, not by the vector, so an expression index is enough; the
-- search query repeats these expressions word for word so that the planner uses them.
create index city_search_idx on city
    using gin (search_bigrams(variadic array[name::text, name_en::text] || aliases));
create index district_search_idx on district
    using gin (search_bigrams(variadic array[name::text, name_en::text] || aliases));
create index township_search_idx on township
    using gin (search_bigrams(variadic array[name::text, name_en::text] || aliases));
