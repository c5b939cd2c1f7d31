-- What each program merge moved, so that an editor can undo a merge as one step: the links go back
-- to the merged program, the figures too, and the target forgets the aliases it learned.
create table program_merge (
    id                bigint generated always as identity primary key,
    source_id         bigint      not null references program (id) on delete cascade,
    target_id         bigint      not null references program (id) on delete cascade,
    -- the articles linked to the source; of those, the ones the target was already linked to keep that link
    article_ids       bigint[]    not null,
    target_had_ids    bigint[]    not null,
    metric_ids        bigint[]    not null,
    -- programs merged into the source earlier, which the merge redirected to the target
    redirected_ids    bigint[]    not null,
    aliases_added     text[]      not null,
    merged_at         timestamptz not null default now(),
    undone_at         timestamptz
);

create index program_merge_source_idx on program_merge (source_id) where undone_at is null;
create index program_merge_target_idx on program_merge (target_id) where undone_at is null;
