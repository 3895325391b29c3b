-- Suspicious-situation reports (可疑情况上报, suspicion module): a venue reports, the police of its station
-- acknowledge (签收).
create table suspicion_report (
    id                bigserial primary key,
    venue_id          bigint not null references venue (id),
    category          varchar(16) not null,
    subject           varchar(200),
    description       varchar(2000) not null,
    -- A record of the same venue the report concerns; record_key, as record is partitioned.
    record_id         bigint references record_key (id),
    photo_ids         bigint[] not null default '{}',
    reported_at       timestamptz not null,
    reported_by       bigint not null,
    reporter_name     varchar(100) not null,
    acknowledged_at   timestamptz,
    acknowledged_by   bigint,
    acknowledger_name varchar(100),
    note              varchar(500)
);
create index suspicion_report_venue_idx on suspicion_report (venue_id, reported_at desc);
create index suspicion_report_open_idx on suspicion_report (reported_at desc) where acknowledged_at is null;

-- Vehicle and item filters of the police record queries.
create index record_item_category_idx on record_item (category, occurred_at desc);

insert into org_role_permission (role_code, permission) values
    ('STATION_OFFICER', 'SUSPICION_HANDLE'), ('DISTRICT_OFFICER', 'SUSPICION_HANDLE'),
    ('CITY_OFFICER', 'SUSPICION_HANDLE');
