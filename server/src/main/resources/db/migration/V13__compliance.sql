-- Upload compliance (compliance module, 建设运行管理): minimum daily counts, the daily evaluation of every
-- venue, and reminders police send to venues.

-- A venue's own minimum daily record count, set by police; without a row the trade profile's default applies.
create table compliance_minimum (
    venue_id  bigint primary key references venue (id),
    minimum   int not null check (minimum >= 0),
    set_by    varchar(64) not null,
    set_at    timestamptz not null
);

-- One row per evaluated day. Its insert is what makes the scheduled job run once per day across several
-- nodes: the node whose insert succeeds evaluates, the others find the row and skip.
create table compliance_run (
    day          date primary key,
    evaluated_at timestamptz not null,
    evaluated_by varchar(64) not null,
    venues       int not null
);

-- What one venue reported on one day (China time), as evaluated. Re-running a day replaces its rows.
create table compliance_day (
    day                 date not null references compliance_run (day),
    venue_id            bigint not null references venue (id),
    record_count        int not null,
    minimum             int not null,
    -- Reported something, but fewer records than the minimum (上传不充分); zero is no_upload instead.
    below_minimum       boolean not null,
    -- Reported nothing (未上传).
    no_upload           boolean not null,
    -- Consecutive days without any record up to and including this day; 0 when the day has records.
    days_without_upload int not null,
    -- Records of the day received more than zhian.compliance.delay-threshold after they occurred (延时上传).
    delayed             int not null,
    last_occurred_at    timestamptz,
    last_received_at    timestamptz,
    primary key (day, venue_id)
);
create index compliance_day_venue_idx on compliance_day (venue_id, day);

-- A reminder (推送提示) from the police to a venue, shown in the venue's portal until acknowledged.
create table compliance_reminder (
    id          bigserial primary key,
    venue_id    bigint not null references venue (id),
    message     varchar(500) not null,
    sent_by     varchar(64) not null,
    sent_by_id  bigint not null,
    sent_at     timestamptz not null,
    read_by     varchar(64),
    read_at     timestamptz
);
create index compliance_reminder_venue_idx on compliance_reminder (venue_id, sent_at desc);

insert into org_role_permission (role_code, permission) values
    ('CITY_OFFICER', 'COMPLIANCE_READ'), ('DISTRICT_OFFICER', 'COMPLIANCE_READ'),
    ('STATION_OFFICER', 'COMPLIANCE_READ'), ('SYSTEM_ADMIN', 'COMPLIANCE_EVALUATE');
