-- One stamp for everything the public pages show: any committed change to a published table moves
-- it on, whoever writes (an editor, the review's publish, a merge, a revert, plain SQL). Every
-- instance reads it once per public request: a cached count older than the stamp is dropped, and the
-- stamp is the pages' ETag (docs/performance.md). A transaction moves it once, at commit time (the
-- triggers are deferred), so the row is locked only while committing, not during a long publish.
create table data_version (
    id         boolean     primary key default true check (id),
    version    bigint      not null default 1,
    changed_at timestamptz not null default now(),
    -- the transaction that moved it last: its other rows need not move it again
    changed_by xid8
);
insert into data_version default values;

create function bump_data_version() returns trigger language plpgsql as $$
begin
    update data_version
       set version = version + 1, changed_at = clock_timestamp(), changed_by = pg_current_xact_id()
     where changed_by is distinct from pg_current_xact_id();
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['city', 'district', 'township', 'program_type', 'program_subtype', 'source_page',
                             'article', 'article_township', 'article_village', 'program', 'program_subtype_link',
                             'article_program', 'metric']
    loop
        execute format('create constraint trigger %1$s_data_version after insert or update or delete on %1$s
                        deferrable initially deferred for each row execute function bump_data_version()', t);
    end loop;
end
$$;
