-- Venues (venue module). Minimal for now: enough to attach enterprise users and scope by station.
-- Filing, review, history and staff arrive with the venue issue.
create table venue (
    id              bigserial primary key,
    code            varchar(32) not null unique,
    name            varchar(200) not null,
    trades          varchar(32)[] not null,
    station_unit_id bigint not null references org_unit (id),
    region_code     char(6) not null,
    address         varchar(300),
    status          varchar(16) not null default 'ACTIVE'
                    check (status in ('PENDING', 'ACTIVE', 'SUSPENDED', 'CANCELLED')),
    created_at      timestamptz not null default now()
);
create index venue_station_idx on venue (station_unit_id);

alter table org_user add constraint org_user_venue_fk foreign key (venue_id) references venue (id);
