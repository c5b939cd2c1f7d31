-- Search ranks a bounded set of candidates (docs/search.md, "Ranking", large result sets):
-- the first title hits (headline and subhead, name and aliases), then, when there are few, the
-- first matches of the whole vector. These indexes find the title hits without visiting every
-- match; they carry the predicates of article_search_idx and program_search_idx.
create index article_title_search_idx on article using gin (search_title) where status = 'PUBLISHED';

create index program_title_search_idx on program using gin (search_title)
    where status = 'PUBLISHED' and merged_into is null;

-- As for search_vector in V5: without statistics the planner assumes a selective match and takes
-- the index, whose work stops at the statement's limit. With them it estimates a common word well
-- and walks the table in storage order until it has enough title hits, which for a word in few
-- titles (or only in the last rows stored) means testing every row. The statistics already
-- gathered are cleared too (ANALYZE skips a column whose target is 0, it does not clear it);
-- pg_clear_attribute_stats exists from PostgreSQL 18 (the embedded server), so an older
-- external server keeps what it gathered before (docs/search.md).
alter table article alter column search_title set statistics 0;
alter table program alter column search_title set statistics 0;
do $$
begin
    if current_setting('server_version_num')::int >= 180000 then
        perform pg_clear_attribute_stats(current_schema(), 'article', 'search_title', false);
        perform pg_clear_attribute_stats(current_schema(), 'program', 'search_title', false);
    end if;
end
$$;
