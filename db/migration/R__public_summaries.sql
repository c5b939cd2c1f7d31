-- What the public pages count, kept current at commit, so that a page built right after a write
-- reads a few summary rows instead of counting the whole corpus (docs/performance.md, "Summary
-- tables").
--
-- A repeatable migration, not a versioned one: everything here is derived from the published
-- tables, so it is dropped, created again and filled from those tables whenever this file changes,
-- and it runs after every versioned migration (it reads columns that later versions add, such as
-- V60's issue dates). Nothing in it may be edited by hand or hold data of its own.
drop trigger if exists program_summary on program;
drop trigger if exists program_subtype_link_summary on program_subtype_link;
drop trigger if exists article_program_summary on article_program;
drop trigger if exists metric_summary on metric;
drop trigger if exists article_summary on article;
drop trigger if exists article_township_summary on article_township;
drop trigger if exists source_page_summary on source_page;
drop trigger if exists program_subtype_summary on program_subtype;
drop function if exists public_summary_changed(), rebuild_public_summaries(), refresh_program_facts(bigint[]),
    refresh_article_facts(bigint[]), refresh_metric_facts(bigint[]);
drop function if exists program_tally_keys(text, text, text, text, text[], text[], int),
    article_tally_keys(text[], text[], int, text[]), metric_cell_keys(text, text, text, boolean, text, text);
drop view if exists program_fact_source, article_fact_source, article_place_fact_source, metric_fact_source;
-- with the functions that take their rows
drop table if exists program_fact, article_fact, article_place_fact, metric_fact, metric_cell, public_tally cascade;

-- Two layers:
--   program_fact, article_fact: one row per public program / published article with what the pages
--     group by (places, types, subtypes, counts), recomputed per changed record at commit;
--   article_place_fact: article_fact once per place, ordered as the lists show articles;
--   public_tally: counts per place scope, facet and value, moved by the difference between a
--     record's old and new facts.
-- Deferred triggers on every table the facts read recompute the facts of the records a transaction
-- touched, at its commit. Commits that change facts are serialised (the data_version row, V50, is
-- already locked by then; the advisory lock says so explicitly), so a recount always starts from
-- the rows the previous commit left and two writers can never lose each other's differences.

-- A public program (program_place, V94): its places, subtypes (primary first), types and counts.
create table program_fact (
    program_id    bigint       primary key,
    name          varchar(200) not null,
    city_code     varchar(4),
    district_code varchar(6),
    township_code varchar(9),
    -- the most precise place it is attached to: "this place only" counts by it
    place_code    varchar(9),
    subtypes      text[]       not null,
    types         text[]       not null,
    -- figures and articles of published articles only
    metric_count  int          not null,
    article_count int          not null
);
-- a place page lists the first programs of its place in id order from these, reading no more
-- than it shows ("this place only" is place_code)
create index program_fact_city_idx on program_fact (city_code, program_id);
create index program_fact_district_idx on program_fact (district_code, program_id);
create index program_fact_township_idx on program_fact (township_code, program_id);
create index program_fact_place_idx on program_fact (place_code, program_id);
-- the finder's default order: most written about first
create index program_fact_articles_idx on program_fact (article_count desc, metric_count desc, program_id);

-- A published article: where it counts (every place scope, and "this place only"), how the lists
-- order it, and its figures.
create table article_fact (
    article_id bigint      primary key,
    issue_date date,
    created_at timestamptz not null,
    -- cities, districts and townships it counts for (its main place, its townships and their parents)
    codes      text[]      not null,
    -- its main place and its townships
    self_codes text[]      not null,
    figures    int         not null,
    -- 'category unit' of each of its figures
    units      text[]      not null
);

-- A published article once per place it counts for (article_fact.codes, '' for all of Zhejiang),
-- in the order the lists show it: a place page reads its newest articles and highlights from an
-- index, as many as it shows, instead of every article of the place.
create table article_place_fact (
    scope      varchar(9)  not null,
    article_id bigint      not null,
    -- its main place or one of its townships: counted by "this place only"
    self       boolean     not null,
    issue_date date,
    created_at timestamptz not null,
    figures    int         not null,
    primary key (scope, article_id)
);
create index article_place_fact_latest_idx on article_place_fact (scope, issue_date desc nulls last, created_at desc, article_id desc);
create index article_place_fact_self_idx on article_place_fact (scope, issue_date desc nulls last, created_at desc, article_id desc)
    where self;
create index article_place_fact_article_idx on article_place_fact (article_id);

-- scope: '' for all of Zhejiang, else a city, district or township code.
-- facet/value: programs|'' programs_self|'' type|key type_self|key subtype|key metrics|yes
--              articles|'' articles_self|'' figures|'' unit:<category>|unit
create table public_tally (
    scope varchar(9)  not null,
    facet varchar(20) not null,
    value varchar(40) not null,
    n     bigint      not null,
    primary key (scope, facet, value)
);
-- the home page's totals and covered townships, the place filter's choices
create index public_tally_facet_idx on public_tally (facet, value, scope);

-- A figure the charts of /metrics add up (an additive category, a value, not a target): the keys of
-- its two cells. '' stands for "none" (no basis, no place, no program type), so keys compare with =.
create table metric_fact (
    metric_id   bigint         primary key,
    category    varchar(10)    not null,
    unit        varchar(20)    not null,
    per         varchar(10)    not null,
    approximate boolean        not null,
    -- the article's district, or its city
    place_code  varchar(6)     not null,
    -- the type of its published program's primary subtype
    type_key    varchar(40)    not null,
    value       numeric(24, 4) not null,
    high        numeric(24, 4) not null
);
create index metric_fact_place_idx on metric_fact (category, unit, per, approximate, place_code);
create index metric_fact_type_idx on metric_fact (category, unit, per, approximate, type_key);

-- The charts' sums per (category, unit, basis, exact or approximate) and bucket of a dimension
-- (kind 'place' or 'type', code as in metric_fact): what the unfiltered figures page draws.
create table metric_cell (
    category    varchar(10)    not null,
    unit        varchar(20)    not null,
    per         varchar(10)    not null,
    approximate boolean        not null,
    kind        varchar(5)     not null,
    code        varchar(40)    not null,
    total       numeric        not null,
    low         numeric(24, 4) not null,
    high        numeric(24, 4) not null,
    figures     bigint         not null,
    primary key (category, unit, per, approximate, kind, code)
);

-- ---------------------------------------------------------------- how facts are computed
create view program_fact_source as
select p.id as program_id, p.name, p.city_code, p.district_code, p.township_code,
       coalesce(p.township_code, p.district_code, p.city_code) as place_code,
       array(select l.subtype_key::text from program_subtype_link l
              where l.program_id = p.id order by l.position) as subtypes,
       array(select distinct s.type_key::text from program_subtype_link l join program_subtype s on s.key = l.subtype_key
              where l.program_id = p.id order by 1) as types,
       (select count(*) from metric m join article a on a.id = m.article_id
         where m.program_id = p.id and a.status = 'PUBLISHED')::int as metric_count,
       (select count(*) from article_program ap join article a on a.id = ap.article_id
         where ap.program_id = p.id and a.status = 'PUBLISHED')::int as article_count
  from program_place pp
  join program p on p.id = pp.program_id;

create view article_fact_source as
select a.id as article_id, sp.issue_date, a.created_at,
       array(select distinct v.code from article_place ap
               cross join lateral (values (ap.city_code::text), (ap.district_code), (ap.township_code)) v (code)
              where ap.article_id = a.id and v.code is not null order by 1) as codes,
       array(select distinct coalesce(ap.township_code, ap.district_code, ap.city_code) from article_place ap
              where ap.article_id = a.id and coalesce(ap.township_code, ap.district_code, ap.city_code) is not null
              order by 1) as self_codes,
       (select count(*) from metric m where m.article_id = a.id)::int as figures,
       array(select m.category || ' ' || m.unit from metric m where m.article_id = a.id order by m.id) as units
  from article a
  join source_page sp on sp.id = a.source_page_id
 where a.status = 'PUBLISHED';

create view article_place_fact_source as
select s.scope, f.article_id, s.scope = any (f.self_codes) as self, f.issue_date, f.created_at, f.figures
  from article_fact f
 cross join lateral unnest('{""}'::text[] || f.codes) s (scope);

-- The categories are MetricRows.ADDITIVE's: a sum of percentages or ages means nothing.
create view metric_fact_source as
select m.id as metric_id, m.category, m.unit, coalesce(m.per, '') as per,
       (m.approx is not null or m.value_max is not null) as approximate,
       coalesce(a.district_code, a.city_code, '') as place_code,
       coalesce((select s.type_key from program_subtype_link l
                   join program_subtype s on s.key = l.subtype_key
                   join program pr on pr.id = l.program_id and pr.status = 'PUBLISHED'
                  where l.program_id = m.program_id and l.position = 0), '') as type_key,
       m.value, coalesce(m.value_max, m.value) as high
  from metric m
  join article a on a.id = m.article_id and a.status = 'PUBLISHED'
 where m.category in ('count', 'money', 'area') and m.value is not null and m.approx is distinct from 'target';

-- What one fact adds to the tally (a row per scope, facet and value, with its weight).
-- The keys of a figure's two cells, each as the text of an array (one comparable value).
create function metric_cell_keys(category text, unit text, per text, approximate boolean, place_code text, type_key text)
returns setof text language sql immutable as $$
    select array[category, unit, per, approximate::text, 'place', place_code]::text
    union all
    select array[category, unit, per, approximate::text, 'type', type_key]::text
$$;

create function program_tally_keys(f_city text, f_district text, f_township text, f_place text, f_types text[],
                                   f_subtypes text[], f_metrics int) returns table (scope text, facet text, value text, n bigint)
language sql immutable as $$
    select s.scope, k.facet, k.value, 1::bigint
      from unnest(array['', f_city, f_district, f_township]) s (scope)
     cross join lateral (select 'programs', ''
                         union all select 'type', t from unnest(f_types) t
                         union all select 'subtype', t from unnest(f_subtypes) t
                         union all select 'metrics', 'yes' where f_metrics > 0) k (facet, value)
     where s.scope is not null
    union all
    select f_place, k.facet, k.value, 1::bigint
      from (select 'programs_self', ''
            union all select 'type_self', t from unnest(f_types) t) k (facet, value)
     where f_place is not null
$$;

create function article_tally_keys(f_codes text[], f_self_codes text[], f_figures int, f_units text[]) returns table (scope text, facet text, value text, n bigint)
language sql immutable as $$
    select s, 'articles', '', 1::bigint from unnest('{""}'::text[] || f_codes) s
    union all
    select s, 'articles_self', '', 1::bigint from unnest(f_self_codes) s
    union all
    select '', 'figures', '', f_figures::bigint
    union all
    select '', 'unit:' || split_part(u, ' ', 1), substr(u, strpos(u, ' ') + 1), count(*)
      from unnest(f_units) u group by u
$$;

-- ---------------------------------------------------------------- keeping them current
create function refresh_program_facts(ids bigint[]) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('public_tally'));
    insert into public_tally (scope, facet, value, n)
    select k.scope, k.facet, k.value, -sum(k.n)
      from program_fact f cross join lateral program_tally_keys(f.city_code, f.district_code, f.township_code, f.place_code, f.types, f.subtypes, f.metric_count) k
     where f.program_id = any (ids)
     group by 1, 2, 3
     order by 1, 2, 3
    on conflict (scope, facet, value) do update set n = public_tally.n + excluded.n;
    delete from program_fact where program_id = any (ids);
    insert into program_fact select * from program_fact_source where program_id = any (ids);
    insert into public_tally (scope, facet, value, n)
    select k.scope, k.facet, k.value, sum(k.n)
      from program_fact f cross join lateral program_tally_keys(f.city_code, f.district_code, f.township_code, f.place_code, f.types, f.subtypes, f.metric_count) k
     where f.program_id = any (ids)
     group by 1, 2, 3
     order by 1, 2, 3
    on conflict (scope, facet, value) do update set n = public_tally.n + excluded.n;
end
$$;

create function refresh_article_facts(ids bigint[]) returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('public_tally'));
    insert into public_tally (scope, facet, value, n)
    select k.scope, k.facet, k.value, -sum(k.n)
      from article_fact f cross join lateral article_tally_keys(f.codes, f.self_codes, f.figures, f.units) k
     where f.article_id = any (ids)
     group by 1, 2, 3
     order by 1, 2, 3
    on conflict (scope, facet, value) do update set n = public_tally.n + excluded.n;
    delete from article_fact where article_id = any (ids);
    insert into article_fact select * from article_fact_source where article_id = any (ids);
    delete from article_place_fact where article_id = any (ids);
    insert into article_place_fact select * from article_place_fact_source where article_id = any (ids);
    insert into public_tally (scope, facet, value, n)
    select k.scope, k.facet, k.value, sum(k.n)
      from article_fact f cross join lateral article_tally_keys(f.codes, f.self_codes, f.figures, f.units) k
     where f.article_id = any (ids)
     group by 1, 2, 3
     order by 1, 2, 3
    on conflict (scope, facet, value) do update set n = public_tally.n + excluded.n;
end
$$;

-- The cells of these figures (their old and new keys) are summed again from metric_fact: a cell's
-- low and high cannot be corrected by a difference when a figure leaves it.
create function refresh_metric_facts(ids bigint[]) returns void language plpgsql as $$
declare
    touched text[];
begin
    perform pg_advisory_xact_lock(hashtext('public_tally'));
    touched := array(select metric_cell_keys(f.category, f.unit, f.per, f.approximate, f.place_code, f.type_key) from metric_fact f where f.metric_id = any (ids));
    delete from metric_fact where metric_id = any (ids);
    insert into metric_fact select * from metric_fact_source where metric_id = any (ids);
    touched := touched || array(select metric_cell_keys(f.category, f.unit, f.per, f.approximate, f.place_code, f.type_key) from metric_fact f where f.metric_id = any (ids));
    if cardinality(touched) = 0 then
        return;
    end if;
    delete from metric_cell c
     where array[c.category, c.unit, c.per, c.approximate::text, c.kind, c.code]::text = any (touched);
    insert into metric_cell
    select key.category, key.unit, key.per, key.approximate, key.kind, key.code,
           sum(f.value), min(f.value), max(f.high), count(*)
      from (select distinct k[1] as category, k[2] as unit, k[3] as per, k[4]::boolean as approximate,
                   k[5] as kind, k[6] as code
              from unnest(touched) t cross join lateral (select t::text[]) x (k)) key
     cross join lateral (select f.value, f.high from metric_fact f
                          where f.category = key.category and f.unit = key.unit and f.per = key.per
                            and f.approximate = key.approximate and key.kind = 'place' and f.place_code = key.code
                         union all
                         select f.value, f.high from metric_fact f
                          where f.category = key.category and f.unit = key.unit and f.per = key.per
                            and f.approximate = key.approximate and key.kind = 'type' and f.type_key = key.code) f
     group by 1, 2, 3, 4, 5, 6;
end
$$;

-- Everything again from the tables (this migration; bulk loads that switch the triggers off).
create function rebuild_public_summaries() returns void language plpgsql as $$
begin
    perform pg_advisory_xact_lock(hashtext('public_tally'));
    truncate program_fact, article_fact, article_place_fact, public_tally, metric_fact, metric_cell;
    insert into program_fact select * from program_fact_source;
    insert into metric_fact select * from metric_fact_source;
    insert into metric_cell
    select c.category, c.unit, c.per, c.approximate, c.kind, c.code, sum(c.value), min(c.value), max(c.high), count(*)
      from (select f.category, f.unit, f.per, f.approximate, 'place' as kind, f.place_code as code, f.value, f.high
              from metric_fact f
            union all
            select f.category, f.unit, f.per, f.approximate, 'type', f.type_key, f.value, f.high
              from metric_fact f) c
     group by 1, 2, 3, 4, 5, 6;
    insert into article_fact select * from article_fact_source;
    insert into article_place_fact select * from article_place_fact_source;
    insert into public_tally (scope, facet, value, n)
    select k.scope, k.facet, k.value, sum(k.n)
      from (select k.* from program_fact f cross join lateral program_tally_keys(f.city_code, f.district_code, f.township_code, f.place_code, f.types, f.subtypes, f.metric_count) k
            union all
            select k.* from article_fact f cross join lateral article_tally_keys(f.codes, f.self_codes, f.figures, f.units) k) k
     group by 1, 2, 3;
end
$$;

-- Which facts a changed row touches: a program's own, an article's own, and, when an article's
-- status changes, the programs whose counts include it.
create function public_summary_changed() returns trigger language plpgsql as $$
declare
    programs bigint[] := '{}';
    articles bigint[] := '{}';
    metrics  bigint[] := '{}';
begin
    case tg_table_name
        when 'program' then
            programs := array[coalesce(new.id, old.id)];
        when 'program_subtype_link' then
            programs := array[new.program_id, old.program_id];
        when 'article_program' then
            programs := array[new.program_id, old.program_id];
        when 'metric' then
            programs := array[new.program_id, old.program_id];
            articles := array[new.article_id, old.article_id];
            metrics := array[coalesce(new.id, old.id)];
        when 'article' then
            articles := array[coalesce(new.id, old.id)];
            if tg_op <> 'UPDATE' or new.status is distinct from old.status then
                programs := array(select ap.program_id from article_program ap where ap.article_id = new.id
                                  union select m.program_id from metric m where m.article_id = new.id);
            end if;
        when 'article_township' then
            articles := array[new.article_id, old.article_id];
        when 'source_page' then
            articles := array(select a.id from article a where a.source_page_id = new.id);
        when 'program_subtype' then
            programs := array(select l.program_id from program_subtype_link l where l.subtype_key = new.key);
    end case;
    programs := array_remove(programs, null);
    articles := array_remove(articles, null);
    -- a figure's cells follow its article (status, place) and its program (status, primary type)
    if tg_table_name in ('article', 'program', 'program_subtype_link', 'program_subtype') then
        metrics := array(select m.id from metric m where m.article_id = any (articles) or m.program_id = any (programs));
    end if;
    -- Drafts count nowhere: only a record that is published now or was counted before needs a
    -- recount, so an upload of drafts neither takes the summaries' lock nor waits for it (twenty
    -- uploads at once queued on it until the connection pool ran out).
    programs := array(select u.id from unnest(programs) u (id)
                       where exists (select 1 from program p where p.id = u.id and p.status = 'PUBLISHED')
                          or exists (select 1 from program_fact f where f.program_id = u.id));
    articles := array(select u.id from unnest(articles) u (id)
                       where exists (select 1 from article a where a.id = u.id and a.status = 'PUBLISHED')
                          or exists (select 1 from article_fact f where f.article_id = u.id));
    metrics := array(select u.id from unnest(metrics) u (id)
                      where exists (select 1 from metric m join article a on a.id = m.article_id
                                     where m.id = u.id and a.status = 'PUBLISHED')
                         or exists (select 1 from metric_fact f where f.metric_id = u.id));
    if cardinality(metrics) > 0 then
        perform refresh_metric_facts(metrics);
    end if;
    if cardinality(programs) > 0 then
        perform refresh_program_facts(programs);
    end if;
    if cardinality(articles) > 0 then
        perform refresh_article_facts(articles);
    end if;
    return null;
end
$$;

select rebuild_public_summaries();

-- named after the data_version triggers (V50), so at commit the stamp is locked first
create constraint trigger program_summary after insert or update or delete on program
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger program_subtype_link_summary after insert or update or delete on program_subtype_link
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger article_program_summary after insert or update or delete on article_program
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger metric_summary after insert or update or delete on metric
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger article_summary after insert or update or delete on article
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger article_township_summary after insert or update or delete on article_township
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger source_page_summary after update of issue_date on source_page
    deferrable initially deferred for each row execute function public_summary_changed();
create constraint trigger program_subtype_summary after update of type_key on program_subtype
    deferrable initially deferred for each row execute function public_summary_changed();
