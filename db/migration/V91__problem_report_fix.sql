-- Issue 13 (8): the history shows the fix of a reader's report. An editor who resolves a report names
-- the change(s) (revisions of the edit history) made in answer to it; the report links to them and the
-- history of the record links back to the report. Reopening or dismissing a report forgets its fixes.
create table problem_report_fix (
    report_id bigint  not null references problem_report (id) on delete cascade,
    rev       integer not null references revinfo (rev),
    primary key (report_id, rev)
);
create index problem_report_fix_rev_idx on problem_report_fix (rev);

-- The changes an editor may name as a report's fix: the revisions, made since the report came in, of
-- the record it is about (for an article also of its figures: "this figure is wrong" is often reported
-- on the article). Each with the record whose history shows it.
create function problem_report_changes(report bigint)
returns table (rev integer, entity text, record_id bigint, username varchar, revtstmp bigint)
language sql stable as $$
    select distinct c.rev, c.entity, c.record_id, x.username, x.revtstmp
      from problem_report r
      cross join lateral (
            select a.rev, 'article' as entity, a.id as record_id from article_aud a
             where r.target_kind = 'article' and a.id = r.target_id
            union all
            select m.rev, 'metric', m.id from metric_aud m
             where (r.target_kind = 'figure' and m.id = r.target_id)
                or (r.target_kind = 'article' and m.article_id = r.target_id)
            union all
            select p.rev, 'program', p.id from program_aud p
             where r.target_kind = 'program' and p.id = r.target_id) c
      join revinfo x on x.rev = c.rev
     where r.id = report and x.revtstmp >= (extract(epoch from r.created_at) * 1000)::bigint
$$;
