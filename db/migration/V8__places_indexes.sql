-- Places pages: the home page lists the newest published articles; this index gives them in order
-- without sorting every article. Place filters use the existing indexes on the level columns
-- (article_city_idx, article_district_idx, article_township_township_idx, program_*_idx).
create index article_published_newest_idx on article (created_at desc, id desc) where status = 'PUBLISHED';
