-- The review queue: an editor's acceptance of a draft article of an uploaded page. A rejected draft is
-- hidden instead (reversibly); a draft with neither is still undecided, and its page cannot be published.
create table article_review (
    article_id  bigint      primary key references article (id) on delete cascade,
    accepted_by bigint      references app_user (id),
    accepted_at timestamptz not null default now()
);

-- the review queue lists pages awaiting review first, newest first
create index source_page_status_idx on source_page (status, created_at desc);
