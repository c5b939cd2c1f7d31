-- The V10 indexes served the articles and figures filters' old place rule, a LIKE 'prefix%' on the
-- place codes. Since V94 every filter reads membership from the views program_place and
-- article_place with one equality on a level column, so no statement matches on a prefix of these
-- columns any more:
--   article_main_place_prefix_idx indexes coalesce(district_code, city_code), an expression no
--     statement writes; the level columns have their own indexes (article_city_idx,
--     article_district_idx).
--   article_township_prefix_idx answers township_code = … exactly as article_township_township_idx
--     (V1) does, which the planner uses instead once this copy is gone.
-- Dropping them saves their upkeep on every article write and their space; nothing reads them.
drop index if exists article_main_place_prefix_idx;
drop index if exists article_township_prefix_idx;
