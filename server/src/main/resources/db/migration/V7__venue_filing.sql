-- Venue filing (备案), review, change history and staff (venue module).

-- A filing gets its venue code only when the station approves it, so pending and rejected filings have none.
alter table venue alter column code drop not null;
alter table venue drop constraint venue_status_check;
alter table venue add constraint venue_status_check
    check (status in ('PENDING', 'REJECTED', 'ACTIVE', 'SUSPENDED', 'CANCELLED'));
alter table venue add constraint venue_code_when_approved check (status in ('PENDING', 'REJECTED') or code is not null);

alter table venue
    add column licence_number          varchar(64),
    add column responsible_officer_id  bigint references org_user (id),
    add column legal_rep_name          varchar(100),
    add column legal_rep_document_type varchar(8),
    add column legal_rep_document_no   varchar(32),
    add column legal_rep_phone         varchar(32),
    add column security_officer_name   varchar(100),
    add column security_officer_phone  varchar(32),
    add column economic_type           varchar(8),
    add column opened_on               date,
    -- Why the venue is in its status: the rejection, suspension or cancellation reason.
    add column status_reason           varchar(500),
    add column filed_at                timestamptz,
    add column approved_at             timestamptz,
    add column updated_at              timestamptz not null default now();
create index venue_status_idx on venue (status);

-- Last sequence number handed out per code prefix (trade letter + 6-digit region of the station).
create table venue_code_counter (
    prefix   varchar(8) primary key,
    last_seq int not null
);
insert into venue_code_counter (prefix, last_seq)
select substr(code, 1, 7), max(substr(code, 8)::int) from venue
 where code ~ '^[A-Z][0-9]{12}$' group by substr(code, 1, 7);

-- Requests to change key fields of an approved venue; police approve or reject them.
create table venue_change_request (
    id            bigserial primary key,
    venue_id      bigint not null references venue (id),
    -- The whole filing as proposed, and the key fields it changes: [{"field","before","after"}].
    proposed      jsonb not null,
    changes       jsonb not null,
    reason        varchar(500) not null,
    status        varchar(16) not null default 'PENDING' check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    requested_by  varchar(64) not null,
    requested_at  timestamptz not null default now(),
    reviewed_by   varchar(64),
    reviewed_at   timestamptz,
    review_note   varchar(500)
);
create index venue_change_request_venue_idx on venue_change_request (venue_id);
-- At most one open request per venue, so two requests never race to overwrite each other.
create unique index venue_change_request_open_idx on venue_change_request (venue_id) where status = 'PENDING';

-- Every change of a venue: who, when, what (field before -> after) and why.
create table venue_history (
    id          bigserial primary key,
    venue_id    bigint not null references venue (id),
    occurred_at timestamptz not null default now(),
    actor       varchar(64) not null,
    actor_id    bigint,
    event       varchar(32) not null,
    -- [{"field": "name", "before": "…", "after": "…"}]
    changes     jsonb not null default '[]',
    reason      varchar(500)
);
create index venue_history_venue_idx on venue_history (venue_id, id);

-- Staff (从业人员) registered by the venue. Key fields (document, name, sex, birth date) never change.
create table venue_staff (
    id              bigserial primary key,
    venue_id        bigint not null references venue (id),
    document_type   varchar(8) not null,
    document_number varchar(32) not null,
    name            varchar(100) not null,
    sex             varchar(2) not null,
    birth_date      date not null,
    ethnicity       varchar(4),
    native_place    varchar(100),
    household_address varchar(300),
    current_address varchar(300),
    phone           varchar(32),
    position        varchar(100),
    hired_on        date not null,
    left_on         date,
    -- Set by the files module once photos can be stored; nothing else about photos lives here.
    photo_file_id   bigint,
    minor_at_hire   boolean not null,
    created_at      timestamptz not null default now(),
    updated_at      timestamptz not null default now(),
    check (left_on is null or left_on >= hired_on)
);
create unique index venue_staff_person_idx on venue_staff (venue_id, document_type, document_number);
create index venue_staff_number_idx on venue_staff (document_number);
create index venue_staff_minor_idx on venue_staff (venue_id) where minor_at_hire;

insert into org_role_permission (role_code, permission) values
    ('CITY_OFFICER', 'VENUE_REVIEW'), ('CITY_OFFICER', 'STAFF_READ'),
    ('DISTRICT_OFFICER', 'VENUE_REVIEW'), ('DISTRICT_OFFICER', 'STAFF_READ'),
    ('STATION_OFFICER', 'VENUE_REVIEW'), ('STATION_OFFICER', 'STAFF_READ');
