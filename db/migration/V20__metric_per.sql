-- The basis of a rate (人均, 每亩, 月增收 …): a figure with a basis is a rate and is never added to a
-- total. Null for totals. Keys as in the open-data contract's `per`. Rows already stored get theirs
-- from V21 (RateBasisMigration), which reads it again from their quotes.
alter table metric add column per varchar(10)
    check (per in ('person', 'household', '亩', 'month', 'year', 'day'));
