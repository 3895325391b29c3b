-- A venue's filing status at a moment, replayed from its history (venue module). Statistics and upload
-- compliance of a past period must judge each venue by the status it had then, not by the one it has now: a
-- hotel suspended today was still expected to report last month.
--
-- Each status-changing event of venue_history leaves a status behind. Before its first event a venue that had
-- already opened (opened_on) has the status that first event gave it: police enter (ENTERED) venues that were
-- already trading, whose earlier records may be imported from a legacy system, while a self-registered filing
-- (FILED) was pending until approved. A venue that had not opened yet did not exist: null.
create function venue_status_at(venue bigint, at timestamptz) returns varchar
    language sql stable
as $$
    with event as (
        select h.occurred_at, h.id,
               case h.event
                   when 'FILED' then 'PENDING'
                   when 'RESUBMITTED' then 'PENDING'
                   when 'ENTERED' then 'ACTIVE'
                   when 'APPROVED' then 'ACTIVE'
                   when 'REOPENED' then 'ACTIVE'
                   else h.event
               end as status
          from venue_history h
         where h.venue_id = venue
           and h.event in ('FILED', 'RESUBMITTED', 'ENTERED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REOPENED',
                           'CANCELLED'))
    select coalesce(
        (select e.status from event e where e.occurred_at <= at order by e.occurred_at desc, e.id desc limit 1),
        (select coalesce((select e.status from event e order by e.occurred_at, e.id limit 1), v.status)
           from venue v
          where v.id = venue
            and coalesce(v.opened_on, (v.created_at at time zone 'Asia/Shanghai')::date)
                <= (at at time zone 'Asia/Shanghai')::date))
$$;

-- The history lookup above reads one venue's events.
create index venue_history_status_idx on venue_history (venue_id, occurred_at)
    where event in ('FILED', 'RESUBMITTED', 'ENTERED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'REOPENED', 'CANCELLED');
