-- Drafts stay drafts, and a page can be read again by a newer pipeline (docs/ingest.md, docs/review.md).

-- ---------------------------------------------------------------- what a draft would change
-- A draft article that describes a program already published: the link and the spellings the page
-- adds to the program's aliases wait here until the page is published, when they go through the
-- entities (version, history). Rejecting the article or the page leaves the program as it was.
create table draft_program_link (
    article_id bigint not null references article (id) on delete cascade,
    program_id bigint not null references program (id) on delete cascade,
    aliases    text[] not null default '{}',
    primary key (article_id, program_id)
);
create index draft_program_link_program_idx on draft_program_link (program_id);

-- the programs the review page shows beside a draft: its own links and those waiting for publication
create view review_article_program as
select article_id, program_id from article_program
union all
select article_id, program_id from draft_program_link;

-- ---------------------------------------------------------------- what was imported, by what
-- One row per imported page: the hash of what the pipeline read (the page and, for a seed, its
-- correction file) and the version of the pipeline that read it. A seed whose file or pipeline
-- changed since is offered for re-import (offered_*) instead of being overwritten.
create table page_import (
    source_page_id   bigint       primary key references source_page (id) on delete cascade,
    seed_file        varchar(200) unique,
    content_hash     varchar(64)  not null,
    pipeline_version varchar(64)  not null,
    imported_at      timestamptz  not null default now(),
    offered_hash     varchar(64),
    offered_pipeline varchar(64)
);

-- The fields of an article as the pipeline last wrote them: the base of a re-import's three-way
-- comparison (a current value that differs from it was changed by hand, and is kept).
create table article_import (
    article_id bigint primary key references article (id) on delete cascade,
    fields     jsonb  not null
);

-- Articles imported before this migration: their values at import are the history's first (ADD)
-- revision, which V6 wrote for the seeds. An article without one has no known base, and a
-- re-import treats every field of it that differs as changed by hand.
insert into article_import (article_id, fields)
select a.id, jsonb_build_object(
           'headline', a.headline, 'subhead', a.subhead, 'bylines', to_jsonb(a.bylines), 'body', a.body,
           'captions', to_jsonb(a.captions), 'cityCode', a.city_code, 'districtCode', a.district_code,
           'townshipCodes', to_jsonb(array(select t.township_code from article_township_aud t
                                            where t.article_id = a.id and t.rev = a.rev and t.revtype = 0
                                            order by t.township_code)))
  from article_aud a
 where a.revtype = 0
   and a.rev = (select min(b.rev) from article_aud b where b.id = a.id)
   and exists (select 1 from article x where x.id = a.id);
