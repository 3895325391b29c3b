-- Credentials of venue systems (a hotel's PMS) and the server's signing key (security module).
create table sec_api_key (
    id           bigserial primary key,
    key_id       varchar(24) not null unique,
    -- SM3 of the secret; the secret itself is shown once and never stored.
    secret_sm3   char(64) not null,
    venue_id     bigint not null references venue (id),
    name         varchar(60) not null,
    created_by   bigint not null references org_user (id),
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index sec_api_key_venue_idx on sec_api_key (venue_id);

-- SM2 key pairs that sign receipts. The newest is used to sign; older ones still verify what they signed.
create table sec_signing_key (
    id          varchar(16) primary key,
    algorithm   varchar(16) not null,
    public_key  bytea not null,
    private_key bytea not null,
    created_at  timestamptz not null
);
