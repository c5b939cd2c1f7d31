-- Where and when a source page was printed (issue 13): the newspaper, the issue date and the page.
-- The date is stored as its first day with the precision that is known: a full date, only the
-- month, or only the year (a reader must not be told a day nobody knows). All three are optional:
-- the seed files carry no masthead, so their values stay unknown until an editor sets them.
alter table source_page
    add column newspaper            varchar(100) check (newspaper is null or length(trim(newspaper)) > 0),
    add column issue_date           date,
    add column issue_date_precision varchar(5) check (issue_date_precision in ('DAY', 'MONTH', 'YEAR')),
    add column page_number          varchar(20) check (page_number is null or length(trim(page_number)) > 0),
    add constraint source_page_issue_date_consistent_check
        check ((issue_date is null) = (issue_date_precision is null)
               and (issue_date_precision is distinct from 'MONTH' or extract(day from issue_date) = 1)
               and (issue_date_precision is distinct from 'YEAR'
                    or (extract(day from issue_date) = 1 and extract(month from issue_date) = 1)));

-- the lists sort by the issue date, newest first, pages without a date last
create index source_page_issue_date_idx on source_page (issue_date desc nulls last, id);
