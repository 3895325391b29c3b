-- Inspections (治安检查) and rectification (整改), supervision module, sub-package inspection.
-- See docs/supervision.md, section "Inspections and rectification".

-- One row per version of a trade's checklist. Shipped defaults are version 1; every edit adds a version, and an
-- inspection keeps the version it was filled with.
create table inspection_template (
    id              bigserial primary key,
    trade           varchar(32) not null,
    version         int not null,
    legal_basis     varchar(500) not null,
    -- [{"code","title","titleEn","items":[{"code","text","textEn","type":"CHECK"|"SCORE","points","fire"}]}]
    sections        jsonb not null,
    created_at      timestamptz not null,
    created_by_name varchar(100) not null,
    unique (trade, version)
);

-- Score thresholds of the grades and the inspection interval each grade requires (one row).
create table inspection_grading (
    id            int primary key check (id = 1),
    a_min         int not null,
    b_min         int not null,
    c_min         int not null,
    a_months      int not null,
    b_months      int not null,
    c_months      int not null,
    d_months      int not null,
    -- Days after a venue is filed by which an ungraded venue must first be inspected (0: at once).
    ungraded_days int not null,
    updated_at    timestamptz,
    updated_by_name varchar(100)
);
insert into inspection_grading (id, a_min, b_min, c_min, a_months, b_months, c_months, d_months, ungraded_days)
values (1, 90, 75, 60, 12, 6, 3, 1, 0);

-- 检查任务: a city or district unit asks a station (or one officer) to inspect a set of venues by a deadline.
create table inspection_task (
    id                 bigserial primary key,
    title              varchar(200) not null,
    note               varchar(1000),
    assigner_unit_id   bigint not null references org_unit (id),
    assigned_by_name   varchar(100) not null,
    assignee_unit_id   bigint not null references org_unit (id),
    assignee_user_id   bigint references org_user (id),
    deadline           date not null,
    created_at         timestamptz not null
);
create index inspection_task_assignee_idx on inspection_task (assignee_unit_id);

create table inspection (
    id                  bigserial primary key,
    venue_id            bigint not null references venue (id),
    template_id         bigint not null references inspection_template (id),
    inspected_at        timestamptz not null,
    inspecting_unit_id  bigint not null references org_unit (id),
    officers            varchar(200) not null,
    entered_by          bigint not null,
    entered_by_name     varchar(100) not null,
    joint               boolean not null,
    joint_departments   varchar(200),
    -- [{"item","passed","score","note"}] in template order
    results             jsonb not null,
    notes               varchar(2000),
    handling            varchar(1000) not null,
    photo_ids           bigint[] not null,
    latitude            double precision,
    longitude           double precision,
    accuracy_m          double precision,
    earned              int not null,
    possible            int not null,
    score               int not null check (score between 0 and 100),
    grade               char(1) not null check (grade in ('A', 'B', 'C', 'D')),
    created_at          timestamptz not null
);
create index inspection_venue_idx on inspection (venue_id, inspected_at desc);

-- The venues a task covers; inspection_id is set when the venue has been inspected for the task.
create table inspection_task_venue (
    task_id       bigint not null references inspection_task (id),
    venue_id      bigint not null references venue (id),
    inspection_id bigint references inspection (id),
    primary key (task_id, venue_id)
);
create index inspection_task_venue_open_idx on inspection_task_venue (venue_id) where inspection_id is null;

-- 整改通知: issued from an inspection with problems. OPEN awaits the venue's answer (again after a rejection),
-- ANSWERED awaits the officer's decision, ACCEPTED is closed.
create table rectification_notice (
    id                  bigserial primary key,
    inspection_id       bigint not null unique references inspection (id),
    venue_id            bigint not null references venue (id),
    legal_basis         varchar(500) not null,
    items               jsonb not null,
    deadline            date not null,
    status              varchar(16) not null check (status in ('OPEN', 'ANSWERED', 'ACCEPTED')),
    issued_at           timestamptz not null,
    issued_by_name      varchar(100) not null,
    overdue_at          timestamptz,
    escalated_unit_id   bigint references org_unit (id),
    closed_at           timestamptz,
    closed_by_name      varchar(100)
);
create index rectification_notice_venue_idx on rectification_notice (venue_id);
create index rectification_notice_open_idx on rectification_notice (deadline) where status = 'OPEN';

-- Every answer of the venue (整改结果) and the officer's decision on it.
create table rectification_reply (
    id              bigserial primary key,
    notice_id       bigint not null references rectification_notice (id),
    text            varchar(2000) not null,
    photo_ids       bigint[] not null,
    replied_at      timestamptz not null,
    replied_by_name varchar(100) not null,
    decision        varchar(16) check (decision in ('ACCEPTED', 'REJECTED')),
    decision_note   varchar(500),
    decided_at      timestamptz,
    decided_by_name varchar(100)
);
create index rectification_reply_notice_idx on rectification_reply (notice_id);
