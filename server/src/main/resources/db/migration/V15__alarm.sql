-- Alarms (alarm module, 报警): raised by other modules through AlarmRaiser, routed to a unit and officer, then
-- signed for (签收), handled (处置), answered with feedback (反馈) and closed; every step in an action log.

-- Outcomes an officer reports as feedback (警情反馈), a small code table of this module.
create table alarm_outcome (
    code       varchar(32) primary key,
    name_zh    varchar(50) not null,
    name_en    varchar(80) not null,
    sort_order int not null
);
insert into alarm_outcome (code, name_zh, name_en, sort_order) values
    ('ARRESTED', '抓获', 'Arrested', 1),
    ('CONTROLLED', '已控制', 'Under control', 2),
    ('VERIFIED_HARMLESS', '核查无异常', 'Verified harmless', 3),
    ('NOT_FOUND', '未找到', 'Not found', 4),
    ('LEFT_BEFORE_ARRIVAL', '已离开', 'Left before police arrived', 5),
    ('FALSE_MATCH', '误报', 'False match', 6),
    ('HANDED_OVER', '移交其他单位', 'Handed over to another unit', 7),
    ('OTHER', '其他', 'Other', 8);

create table alarm (
    id                  bigserial primary key,
    -- The raiser's key: the same key never raises a second alarm (a repeated comparison is harmless).
    dedupe_key          varchar(200) not null unique,
    kind                varchar(24) not null,
    level               varchar(8) not null check (level in ('URGENT', 'HIGH', 'MEDIUM', 'LOW')),
    status              varchar(12) not null
                        check (status in ('RAISED', 'SIGNED', 'HANDLED', 'FEEDBACK', 'CLOSED')),
    -- 发布开关: PENDING alarms wait for a reviewer, who releases (PUBLISHED) or suppresses (屏蔽) them.
    review              varchar(12) not null check (review in ('PUBLISHED', 'PENDING', 'SUPPRESSED')),
    venue_id            bigint references venue (id),
    record_id           bigint,
    record_occurred_at  timestamptz,
    subject_type        varchar(8),
    document_type       varchar(8),
    document_number     varchar(40),
    name                varchar(100),
    subject_value       varchar(100),
    -- Owned by the watch module; no foreign key so that the alarm module does not depend on its tables.
    watch_entry_id      bigint,
    category            varchar(32),
    owning_unit_id      bigint references org_unit (id),
    -- Where the alarm is routed now: the venue's station (or the owning unit), changed by reassignment.
    unit_id             bigint references org_unit (id),
    officer_id          bigint references org_user (id),
    retrospective       boolean not null default false,
    summary             varchar(300) not null,
    raised_at           timestamptz not null,
    published_at        timestamptz,
    signed_at           timestamptz,
    handled_at          timestamptz,
    feedback_at         timestamptz,
    closed_at           timestamptz,
    -- Not signed within zhian.alarm.sign-within: escalated to the district above the unit (超时升级).
    escalated_at        timestamptz,
    escalated_unit_id   bigint references org_unit (id),
    handling_action     varchar(1000),
    outcome             varchar(32) references alarm_outcome (code),
    outcome_note        varchar(1000)
);
create index alarm_raised_idx on alarm (raised_at desc, id desc);
create index alarm_unit_idx on alarm (unit_id, raised_at desc);
create index alarm_owning_unit_idx on alarm (owning_unit_id) where owning_unit_id is not null;
create index alarm_document_idx on alarm (document_number) where document_number is not null;
create index alarm_unsigned_idx on alarm (published_at) where status = 'RAISED' and escalated_at is null;

-- Who did what to an alarm and when (the action log shown with the alarm; also in the audit trail).
create table alarm_action (
    id          bigserial primary key,
    alarm_id    bigint not null references alarm (id),
    action      varchar(16) not null,
    from_status varchar(12),
    to_status   varchar(12) not null,
    actor_id    bigint,
    actor_name  varchar(100) not null,
    acted_at    timestamptz not null,
    detail      varchar(1000)
);
create index alarm_action_alarm_idx on alarm_action (alarm_id, id);

-- Publish switch rules: an alarm of this kind (and category, '*' for any) waits for review before publishing.
create table alarm_review_rule (
    kind        varchar(24) not null,
    category    varchar(32) not null default '*',
    primary key (kind, category)
);

-- The duty officer (值班民警) of a unit, who receives the unit's alarms by SMS.
create table alarm_duty (
    unit_id      bigint primary key references org_unit (id),
    officer_name varchar(100) not null,
    phone        varchar(20) not null,
    updated_by   varchar(64) not null,
    updated_at   timestamptz not null
);

-- Every SMS the default gateway "sends": administrators read it; a real gateway replaces the writer.
create table alarm_sms_outbox (
    id          bigserial primary key,
    alarm_id    bigint references alarm (id),
    unit_id     bigint references org_unit (id),
    recipient   varchar(100),
    phone       varchar(20),
    message     varchar(500) not null,
    created_at  timestamptz not null
);
create index alarm_sms_outbox_created_idx on alarm_sms_outbox (created_at desc, id desc);

insert into org_role_permission (role_code, permission) values
    ('CITY_OFFICER', 'ALARM_READ'), ('CITY_OFFICER', 'ALARM_HANDLE'), ('CITY_OFFICER', 'ALARM_REPORT'),
    ('CITY_OFFICER', 'ALARM_REVIEW'),
    ('DISTRICT_OFFICER', 'ALARM_READ'), ('DISTRICT_OFFICER', 'ALARM_HANDLE'), ('DISTRICT_OFFICER', 'ALARM_REPORT'),
    ('STATION_OFFICER', 'ALARM_READ'), ('STATION_OFFICER', 'ALARM_HANDLE'), ('STATION_OFFICER', 'ALARM_REPORT'),
    ('SYSTEM_ADMIN', 'ALARM_ADMIN');
