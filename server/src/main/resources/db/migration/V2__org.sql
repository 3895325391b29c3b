-- Police organisation (org module): the jurisdiction tree, users, roles, permissions.
create table org_unit (
    id          bigserial primary key,
    parent_id   bigint references org_unit (id),
    level       varchar(16) not null check (level in ('CITY', 'DISTRICT', 'STATION', 'AREA')),
    code        varchar(12) not null unique,
    name        varchar(100) not null,
    region_code char(6) not null check (region_code ~ '^[0-9]{6}$'),
    -- Materialised path '/1/4/17/' so a subtree is one indexed prefix match.
    path        varchar(400) not null,
    enabled     boolean not null default true,
    created_at  timestamptz not null default now(),
    check ((level = 'CITY') = (parent_id is null))
);
create index org_unit_parent_idx on org_unit (parent_id);
create index org_unit_path_idx on org_unit (path varchar_pattern_ops);

create table org_role (
    code        varchar(32) primary key,
    sort_order  int not null
);

create table org_role_permission (
    role_code   varchar(32) not null references org_role (code),
    permission  varchar(48) not null,
    primary key (role_code, permission)
);

create table org_user (
    id            bigserial primary key,
    username      varchar(64) not null,
    display_name  varchar(100) not null,
    kind          varchar(16) not null check (kind in ('POLICE', 'ENTERPRISE', 'ADMIN')),
    police_number varchar(16) unique,
    unit_id       bigint references org_unit (id),
    venue_id      bigint,
    scope         varchar(16) not null check (scope in ('OWN_VENUE', 'OWN_UNIT', 'UNIT_TREE', 'CITY')),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    check (kind <> 'POLICE' or (police_number is not null and unit_id is not null)),
    check (kind <> 'ENTERPRISE' or (venue_id is not null and scope = 'OWN_VENUE'))
);
create unique index org_user_username_idx on org_user (lower(username));
create index org_user_unit_idx on org_user (unit_id);

create table org_user_role (
    user_id   bigint not null references org_user (id),
    role_code varchar(32) not null references org_role (code),
    primary key (user_id, role_code)
);

insert into org_role (code, sort_order) values
    ('SYSTEM_ADMIN', 1), ('CITY_OFFICER', 2), ('DISTRICT_OFFICER', 3), ('STATION_OFFICER', 4), ('ENTERPRISE_CLERK', 5);

insert into org_role_permission (role_code, permission) values
    ('SYSTEM_ADMIN', 'ORG_READ'), ('SYSTEM_ADMIN', 'ORG_MANAGE'), ('SYSTEM_ADMIN', 'USER_READ'),
    ('SYSTEM_ADMIN', 'USER_MANAGE'), ('SYSTEM_ADMIN', 'AUDIT_READ'), ('SYSTEM_ADMIN', 'AUDIT_VERIFY'),
    ('SYSTEM_ADMIN', 'VENUE_READ'),
    ('CITY_OFFICER', 'ORG_READ'), ('CITY_OFFICER', 'USER_READ'), ('CITY_OFFICER', 'VENUE_READ'),
    ('CITY_OFFICER', 'PERSONAL_DATA_FULL_VIEW'),
    ('DISTRICT_OFFICER', 'ORG_READ'), ('DISTRICT_OFFICER', 'USER_READ'), ('DISTRICT_OFFICER', 'VENUE_READ'),
    ('DISTRICT_OFFICER', 'PERSONAL_DATA_FULL_VIEW'),
    ('STATION_OFFICER', 'ORG_READ'), ('STATION_OFFICER', 'VENUE_READ'),
    ('ENTERPRISE_CLERK', 'ENTERPRISE_PORTAL');
