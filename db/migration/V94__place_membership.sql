-- The one definition of "belongs to this place" (issue 14). Every public page, the open data
-- and the summaries read membership from these two views, so the counting rules live here only:
-- a published program that was not merged counts for the place it runs in and every place above
-- it; a published article for its main place (a city or district), each township it covers, and
-- every place above those.
--
-- A row carries the place's code at each level, so "in this place or below" is one equality on the
-- level column of the place (city_code, district_code or township_code), which the indexes on those
-- columns serve, and "this place only" adds that the column of the level below is null.

create view program_place as
select p.id as program_id, p.city_code, p.district_code, p.township_code
  from program p
 where p.status = 'PUBLISHED' and p.merged_into is null;

-- One row for the article's main place and one per township, with the township's district and city.
create view article_place as
select a.id as article_id, a.city_code, a.district_code, cast(null as varchar(9)) as township_code
  from article a
 where a.status = 'PUBLISHED'
union all
select at.article_id, d.city_code, t.district_code, at.township_code
  from article_township at
  join article a on a.id = at.article_id and a.status = 'PUBLISHED'
  join township t on t.code = at.township_code
  join district d on d.code = t.district_code;
