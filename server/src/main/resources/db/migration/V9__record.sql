-- The record store (record module): one row per regulated event of any trade, its parties, vehicles and items
-- in narrow tables, all partitioned by month of occurred_at (partitions are created as months are first used).

create sequence record_id_seq;

-- Locates a record by id and makes a venue's client reference unique (idempotent intake), which a
-- partitioned table cannot do itself: its unique keys must contain the partition key.
create table record_key (
    id          bigint primary key default nextval('record_id_seq'),
    venue_id    bigint not null references venue (id),
    reference   varchar(64) not null,
    occurred_at timestamptz not null,
    unique (venue_id, reference)
);

create table record (
    id               bigint not null,
    occurred_at      timestamptz not null,
    trade            varchar(32) not null,
    kind             varchar(32) not null,
    venue_id         bigint not null,
    reference        varchar(64) not null,
    received_at      timestamptz not null,
    source           varchar(8) not null check (source in ('PORTAL', 'API', 'BATCH')),
    lot_id           uuid,
    operator_id      bigint,
    operator_name    varchar(100),
    attributes       jsonb not null default '{}',
    ended_at         timestamptz,
    primary key (id, occurred_at)
) partition by range (occurred_at);
create index record_venue_idx on record (venue_id, occurred_at desc);
create index record_open_idx on record (venue_id, occurred_at desc) where ended_at is null;

create table record_party (
    record_id        bigint not null,
    occurred_at      timestamptz not null,
    venue_id         bigint not null,
    position         smallint not null,
    role             varchar(32) not null,
    document_type    varchar(8) not null,
    -- Normalised: upper-case, a 15-digit ID upgraded to 18 digits; with document_type the person key.
    document_number  varchar(40) not null,
    name             varchar(100) not null,
    latin_surname    varchar(60),
    latin_given_name varchar(60),
    pinyin           varchar(80)[] not null default '{}',
    initials         varchar(40)[] not null default '{}',
    fuzzy            varchar(80)[] not null default '{}',
    sex              char(1),
    birth_date       date,
    ethnicity        varchar(4),
    nationality      varchar(3),
    region_code      char(6),
    address          varchar(200),
    phone            varchar(32),
    document_photo_id bigint,
    face_photo_id    bigint,
    attributes       jsonb not null default '{}',
    primary key (record_id, position, occurred_at)
) partition by range (occurred_at);
create index record_party_person_idx on record_party (document_number, document_type, occurred_at desc);
create index record_party_venue_idx on record_party (venue_id, occurred_at desc);

create table record_vehicle (
    record_id   bigint not null,
    occurred_at timestamptz not null,
    venue_id    bigint not null,
    position    smallint not null,
    role        varchar(32) not null,
    plate       varchar(16),
    vin         varchar(17),
    attributes  jsonb not null default '{}',
    primary key (record_id, position, occurred_at)
) partition by range (occurred_at);
create index record_vehicle_plate_idx on record_vehicle (plate, occurred_at desc);
create index record_vehicle_vin_idx on record_vehicle (vin, occurred_at desc);

create table record_item (
    record_id     bigint not null,
    occurred_at   timestamptz not null,
    venue_id      bigint not null,
    position      smallint not null,
    role          varchar(32) not null,
    category      varchar(32),
    imei          varchar(20),
    serial_number varchar(64),
    description   varchar(300),
    attributes    jsonb not null default '{}',
    primary key (record_id, position, occurred_at)
) partition by range (occurred_at);
create index record_item_imei_idx on record_item (imei, occurred_at desc);
create index record_item_serial_idx on record_item (serial_number, occurred_at desc);

-- Every change after storing (room change, check-out): what, when, by whom.
create table record_revision (
    id          bigserial primary key,
    record_id   bigint not null references record_key (id),
    changed_at  timestamptz not null,
    changed_by  bigint,
    change      varchar(16) not null check (change in ('AMEND', 'END')),
    before      jsonb,
    after       jsonb not null
);
create index record_revision_record_idx on record_revision (record_id);

-- Batch intake: a lot is stored with its records as received before 202 is answered, then worked through
-- position by position; each record's result is committed with the record itself, so a crash loses nothing
-- and repeats nothing.
create table record_lot (
    id             uuid primary key,
    venue_id       bigint not null references venue (id),
    submitted_by   bigint not null,
    -- The submitting user or venue system as it was at receipt, so the lot is worked through in its name.
    actor          jsonb not null,
    received_at    timestamptz not null,
    status         varchar(12) not null check (status in ('RECEIVED', 'PROCESSING', 'DONE')),
    record_count   int not null,
    next_position  int not null default 0,
    stored         int not null default 0,
    duplicates     int not null default 0,
    rejected       int not null default 0,
    completed_at   timestamptz,
    payload        jsonb not null
);
create index record_lot_pending_idx on record_lot (received_at) where status <> 'DONE';

create table record_lot_result (
    lot_id    uuid not null references record_lot (id),
    position  int not null,
    outcome   varchar(10) not null check (outcome in ('STORED', 'DUPLICATE', 'REJECTED')),
    record_id bigint,
    reference varchar(64),
    errors    jsonb,
    primary key (lot_id, position)
);

-- 临存: a document photo kept while the desk is busy, completed into a record later.
create table record_draft (
    id                bigserial primary key,
    venue_id          bigint not null references venue (id),
    trade             varchar(32) not null,
    document_photo_id bigint not null references stored_file (id),
    note              varchar(200),
    created_at        timestamptz not null,
    created_by        bigint not null,
    completed_at      timestamptz,
    record_id         bigint references record_key (id),
    discarded_at      timestamptz
);
create index record_draft_open_idx on record_draft (venue_id) where completed_at is null and discarded_at is null;

insert into org_role_permission (role_code, permission) values
    ('ENTERPRISE_CLERK', 'RECORD_SUBMIT'), ('ENTERPRISE_CLERK', 'RECORD_READ'),
    ('CITY_OFFICER', 'RECORD_READ'), ('DISTRICT_OFFICER', 'RECORD_READ'), ('STATION_OFFICER', 'RECORD_READ');
