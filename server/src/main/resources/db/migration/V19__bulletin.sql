-- Bulletins and messages (supervision module, bulletin sub-package; 协查通报, 消息发布): police publish to venues,
-- venues read, acknowledge (签收) and reply; police chase (催办) and revoke (撤销).
create table bulletin (
    id                bigserial primary key,
    -- Code of the bulletin-type table: ASSIST 协查通报, NOTICE 通知公告, WANTED 通缉令…
    type              varchar(16) not null,
    title             varchar(200) not null,
    content           varchar(20000) not null,
    -- The audience as the publisher chose it; who actually received it is bulletin_recipient.
    audience_trades   varchar(32)[] not null default '{}',
    audience_districts bigint[] not null default '{}',
    audience_stations bigint[] not null default '{}',
    audience_venues   bigint[] not null default '{}',
    -- Pictures and attachments, stored by the files module.
    file_ids          bigint[] not null default '{}',
    deadline          timestamptz,
    unit_id           bigint not null references org_unit (id),
    unit_name         varchar(100) not null,
    published_by      bigint not null,
    publisher_name    varchar(100) not null,
    published_at      timestamptz not null,
    revoked_at        timestamptz,
    revoked_by        bigint,
    revoker_name      varchar(100),
    revoke_reason     varchar(500)
);
create index bulletin_unit_idx on bulletin (unit_id, published_at desc);

-- One row per venue that received the bulletin, fixed at publish time.
create table bulletin_recipient (
    bulletin_id       bigint not null references bulletin (id),
    venue_id          bigint not null references venue (id),
    read_at           timestamptz,
    acknowledged_at   timestamptz,
    acknowledged_by   bigint,
    acknowledger_name varchar(100),
    primary key (bulletin_id, venue_id)
);
create index bulletin_recipient_venue_idx on bulletin_recipient (venue_id, bulletin_id);

create table bulletin_reply (
    id           bigserial primary key,
    bulletin_id  bigint not null,
    venue_id     bigint not null,
    content      varchar(2000) not null,
    file_id      bigint references stored_file (id),
    replied_at   timestamptz not null,
    replied_by   bigint not null,
    replier_name varchar(100) not null,
    foreign key (bulletin_id, venue_id) references bulletin_recipient (bulletin_id, venue_id)
);
create index bulletin_reply_bulletin_idx on bulletin_reply (bulletin_id, venue_id);

-- A reminder (催办) to a recipient that has not acknowledged yet.
create table bulletin_chase (
    id           bigserial primary key,
    bulletin_id  bigint not null,
    venue_id     bigint not null,
    message      varchar(500),
    chased_at    timestamptz not null,
    chased_by    bigint not null,
    chaser_name  varchar(100) not null,
    foreign key (bulletin_id, venue_id) references bulletin_recipient (bulletin_id, venue_id)
);
create index bulletin_chase_bulletin_idx on bulletin_chase (bulletin_id, venue_id);
