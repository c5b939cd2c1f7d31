-- Issue 13 (4): an English name for a program, given by an editor; without one, English pages show
-- the name's pinyin (made by the application, never stored, so it follows the name).
alter table program add column name_en varchar(200) check (name_en is null or length(trim(name_en)) > 0);
alter table program_aud add column name_en varchar(200);
