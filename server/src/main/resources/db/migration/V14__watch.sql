-- Watch lists (watch module, 布控): single entries entered by police and named lists imported in versions.
-- Every change stamps changed_xid with the writing transaction's id, so that each node's in-memory comparison
-- index can catch up with exactly the changes committed since its last poll (see docs/watch.md).

-- A named list (全国在逃人员, 被盗抢车辆…), imported as a whole; one version is active at a time.
create table watch_list (
    id                bigserial primary key,
    name              varchar(100) not null unique,
    category          varchar(32) not null,
    owning_unit_id    bigint not null references org_unit (id),
    active_version_id bigint,
    created_at        timestamptz not null,
    changed_xid       xid8 not null default pg_current_xact_id()
);
create index watch_list_changed_idx on watch_list (changed_xid);

create table watch_list_version (
    id           bigserial primary key,
    list_id      bigint not null references watch_list (id),
    version      int not null,
    status       varchar(10) not null check (status in ('LOADING', 'ACTIVE', 'REPLACED', 'FAILED')),
    entry_count  int not null default 0,
    created_at   timestamptz not null,
    activated_at timestamptz,
    unique (list_id, version)
);

create table watch_entry (
    id                  bigserial primary key,
    -- Null for an entry entered on its own; the list version it belongs to for an imported one.
    list_version_id     bigint references watch_list_version (id),
    target_type         varchar(8) not null check (target_type in ('PERSON', 'VEHICLE', 'ITEM', 'PHONE')),
    document_type       varchar(8),
    -- Normalised as record_party keys it (upper-case, a 15-digit ID upgraded to 18 digits).
    document_number     varchar(40),
    name                varchar(100),
    birth_date          date,
    plate               varchar(16),
    vin                 varchar(17),
    imei                varchar(20),
    serial_number       varchar(64),
    item_category       varchar(32),
    description         varchar(300),
    phone               varchar(32),
    category            varchar(32) not null,
    reason              varchar(500),
    source              varchar(100),
    owning_unit_id      bigint not null references org_unit (id),
    city_wide           boolean not null,
    status              varchar(10) not null check (status in ('PENDING', 'ACTIVE', 'WITHDRAWN', 'EXPIRED')),
    valid_from          timestamptz not null,
    valid_to            timestamptz,
    created_at          timestamptz not null,
    created_by          bigint,
    created_by_name     varchar(100),
    approved_at         timestamptz,
    approved_by_name    varchar(100),
    withdrawn_at        timestamptz,
    withdrawn_by_name   varchar(100),
    withdrawal_unit     varchar(100),
    withdrawal_approver varchar(100),
    withdrawal_reason   varchar(500),
    changed_xid         xid8 not null default pg_current_xact_id()
);
create index watch_entry_changed_idx on watch_entry (changed_xid) where list_version_id is null;
create index watch_entry_version_idx on watch_entry (list_version_id);
create index watch_entry_status_idx on watch_entry (status, created_at desc) where list_version_id is null;
create index watch_entry_expiry_idx on watch_entry (valid_to) where status = 'ACTIVE' and valid_to is not null;
create index watch_entry_document_idx on watch_entry (document_number) where document_number is not null;

-- One bulk import: the uploaded file is worked through in the background; counts show progress.
create table watch_import (
    id           bigserial primary key,
    list_id      bigint not null references watch_list (id),
    version_id   bigint not null references watch_list_version (id),
    file_name    varchar(200) not null,
    file_path    varchar(500) not null,
    status       varchar(10) not null check (status in ('RECEIVED', 'RUNNING', 'DONE', 'FAILED')),
    rows_read    int not null default 0,
    rows_loaded  int not null default 0,
    rows_refused int not null default 0,
    message      varchar(500),
    created_at   timestamptz not null,
    created_by   bigint not null,
    finished_at  timestamptz
);
create index watch_import_pending_idx on watch_import (created_at) where status in ('RECEIVED', 'RUNNING');

create table watch_import_error (
    import_id  bigint not null references watch_import (id),
    row_number int not null,
    field      varchar(40) not null,
    code       varchar(8) not null,
    -- In Chinese, the language of the import report; the code says the same in any language.
    message    varchar(300) not null,
    raw        varchar(1000),
    primary key (import_id, row_number, field)
);

-- The names each person key was reported with (身份信息比对: one number, several names). One row per
-- (key, name), so the table grows with people, not with records.
create table watch_person_name (
    document_type   varchar(8) not null,
    document_number varchar(40) not null,
    name            varchar(100) not null,
    first_record_id bigint not null,
    first_seen_at   timestamptz not null,
    primary key (document_type, document_number, name)
);

insert into org_role_permission (role_code, permission) values
    ('CITY_OFFICER', 'WATCH_READ'), ('CITY_OFFICER', 'WATCH_MANAGE'), ('CITY_OFFICER', 'WATCH_APPROVE'),
    ('DISTRICT_OFFICER', 'WATCH_READ'), ('DISTRICT_OFFICER', 'WATCH_MANAGE'),
    ('STATION_OFFICER', 'WATCH_READ'), ('STATION_OFFICER', 'WATCH_MANAGE');
