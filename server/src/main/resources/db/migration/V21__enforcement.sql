-- Penalties (处罚) and cases (发案): the enforcement part of the supervision module (docs/supervision.md).

-- A penalty decision (行政处罚决定) against a venue or a person. A person may be linked to the venue where the
-- offence happened. jurisdiction_unit_id is the unit whose data scope the penalty falls in: the venue's station,
-- or the deciding unit for a person penalised without a venue.
create table penalty_decision (
    id                     bigserial primary key,
    decision_number        varchar(64) not null,
    subject_kind           varchar(8) not null check (subject_kind in ('VENUE', 'PERSON')),
    venue_id               bigint references venue (id),
    person_document_type   varchar(8),
    person_document_number varchar(40),
    person_name            varchar(100),
    penalty_type           varchar(32) not null,
    legal_basis            varchar(500) not null,
    reason                 varchar(2000) not null,
    decided_on             date not null,
    amount                 numeric(14, 2) check (amount is null or amount > 0),
    deciding_unit_id       bigint not null references org_unit (id),
    jurisdiction_unit_id   bigint not null references org_unit (id),
    recorded_unit_id       bigint not null references org_unit (id),
    recorded_by            bigint not null,
    recorder_name          varchar(100) not null,
    recorded_at            timestamptz not null,
    updated_at             timestamptz not null,
    check (subject_kind = 'PERSON' or venue_id is not null),
    check ((subject_kind = 'PERSON') = (person_document_number is not null and person_name is not null))
);
-- Decision numbers (决定书文号) are unique whatever their case or surrounding blanks.
create unique index penalty_decision_number_idx on penalty_decision (upper(decision_number));
create index penalty_decision_venue_idx on penalty_decision (venue_id, decided_on);
create index penalty_decision_jurisdiction_idx on penalty_decision (jurisdiction_unit_id, decided_on);
create index penalty_decision_person_idx on penalty_decision (person_document_number);

-- A case (发案) at a venue, with the fields of the requirement text (C3 variant B). station_unit_id is the venue's
-- station when the case was registered; the owning unit (所属单位) is that station's district bureau.
-- Upload flag (上传标志): uploaded_at is null while the current revision still has to go up to the superior
-- unit; every edit raises revision and empties it. A deleted case stays as a tombstone until its deletion went up.
create table case_report (
    id                 bigserial primary key,
    venue_id           bigint not null references venue (id),
    station_unit_id    bigint not null references org_unit (id),
    criminal_type      varchar(32),
    public_order_type  varchar(32),
    occurred_on        date not null,
    summary            varchar(2000) not null,
    penalised          boolean not null default false,
    handling           varchar(2000),
    registered_unit_id bigint not null references org_unit (id),
    registered_by      bigint not null,
    registrant_name    varchar(100) not null,
    registered_at      timestamptz not null,
    updated_at         timestamptz not null,
    revision           int not null default 1,
    uploaded_at        timestamptz,
    deleted_at         timestamptz,
    check (criminal_type is not null or public_order_type is not null)
);
create index case_report_venue_idx on case_report (venue_id, occurred_on);
create index case_report_station_idx on case_report (station_unit_id, occurred_on);
create index case_report_upload_idx on case_report (id) where uploaded_at is null;
