-- Failed sign-ins, counted per (account, client address) and per client address, in the database so
-- that every instance of the portal sees the same counts and a restart does not reset them.
create table sign_in_failure (
    key          varchar(400) primary key,
    failures     integer      not null check (failures > 0),
    last_failure timestamptz  not null
);

create index sign_in_failure_last_idx on sign_in_failure (last_failure);
