-- Author pages and byline search (issue 13, item 3).
--
-- An author page lists the published articles whose bylines hold the name exactly; a GIN index on
-- the array serves "bylines @> array[name]".
create index article_bylines_idx on article using gin (bylines) where status = 'PUBLISHED';

-- Search finds reporters: the bylines join the article's search vector with weight C (between the
-- subhead and the body). A generated column's expression cannot be altered before PostgreSQL 17,
-- so the column and its index are made again, as in V5, with the bylines added; each name is its
-- own run (variadic), so no bigram spans two names.
drop index article_search_idx;
alter table article drop column search_vector;
alter table article
    add column search_vector tsvector generated always as (
        setweight(search_bigrams(headline), 'A')
        || setweight(search_bigrams(subhead), 'B')
        || setweight(search_bigrams(variadic bylines), 'C')
        || setweight(search_bigrams(body), 'D')) stored,
    alter column search_vector set statistics 0;
create index article_search_idx on article using gin (search_vector) where status = 'PUBLISHED';
