-- Issue 13 (4): an English headline for an article, given by an editor; without one, English pages show
-- the headline's pinyin (made by the application, never stored, so it follows the headline).
alter table article add column headline_en varchar(300) check (headline_en is null or length(trim(headline_en)) > 0);
alter table article_aud add column headline_en varchar(300);
