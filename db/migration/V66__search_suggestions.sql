-- "Did you mean" on /search (issue 13, item 5) compares the query with program, place and taxonomy
-- names by trigram similarity (docs/search.md). No earlier migration installs pg_trgm.
create extension if not exists pg_trgm;
