-- A re-import compares figures and program links too (docs/ingest.md): article_import gets, beside
-- the fields, the figures and program names the pipeline made ('figures', 'programs'). From now on
-- every import writes them; here they are derived for the articles imported before.
--
-- The pipeline's figures of an article: those added in the article's first revision (V6 recorded
-- the seeds so), with their values then, and those with no audit row at all (an import wrote them
-- with SQL and nobody edited them since), with their values now. The basis of a rate (per) came
-- later (V20, V21 set it with SQL): it is taken from the figure as stored. A figure an editor added
-- or edited has an audit row of its own and is not in the base: a re-import treats it as hand-made.
with first as (
    select a.id as article_id, min(a.rev) as rev from article_aud a where a.revtype = 0 group by a.id
), figures as (
    select f.article_id, f.label, f.value, f.value_max, f.unit, f.approx, f.category, f.quote, f.source_line,
           m.per, f.program_id, f.id
      from metric_aud f join first on first.article_id = f.article_id and first.rev = f.rev
      left join metric m on m.id = f.id
     where f.revtype = 0
    union all
    select m.article_id, m.label, m.value, m.value_max, m.unit, m.approx, m.category, m.quote, m.source_line,
           m.per, m.program_id, m.id
      from metric m where not exists (select 1 from metric_aud x where x.id = m.id)
)
update article_import i
   set fields = i.fields || jsonb_build_object('figures', coalesce((
       select jsonb_agg(jsonb_strip_nulls(jsonb_build_object('label', f.label, 'value', f.value::text,
                  'valueMax', f.value_max::text, 'unit', f.unit, 'approx', f.approx, 'category', f.category,
                  'quote', f.quote, 'sourceLine', f.source_line, 'per', f.per, 'program', p.name)) order by f.id)
         from figures f left join program p on p.id = f.program_id
        where f.article_id = i.article_id), '[]'::jsonb))
 where i.fields->'figures' is null;

-- The pipeline's program links: those of the article's first revision, those without an audit row
-- (written with SQL by an import) and those still waiting for publication (draft_program_link).
with first as (
    select a.id as article_id, min(a.rev) as rev from article_aud a where a.revtype = 0 group by a.id
), links as (
    select l.article_id, l.program_id from article_program_aud l
      join first on first.article_id = l.article_id and first.rev = l.rev where l.revtype = 0
    union
    select l.article_id, l.program_id from article_program l
     where not exists (select 1 from article_program_aud x where x.article_id = l.article_id and x.program_id = l.program_id)
    union
    select w.article_id, w.program_id from draft_program_link w
)
update article_import i
   set fields = i.fields || jsonb_build_object('programs', coalesce((
       select jsonb_agg(p.name order by p.id) from links l join program p on p.id = l.program_id
        where l.article_id = i.article_id), '[]'::jsonb))
 where i.fields->'programs' is null;
