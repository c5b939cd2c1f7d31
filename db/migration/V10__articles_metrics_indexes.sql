-- The articles and figures pages filter by any official code and match the place and everything
-- below it, which is a prefix of the code (3306 → 330602 → 330602004). A plain btree answers
-- LIKE 'prefix%' only under the C collation; the pattern operator classes keep the prefix search
-- indexed whatever locale the cluster was created with.
create index article_township_prefix_idx on article_township (township_code varchar_pattern_ops);
create index article_main_place_prefix_idx on article ((coalesce(district_code, city_code)) varchar_pattern_ops);
