-- Credentials, second factor and sessions (security module).
create table sec_credential (
    user_id            bigint primary key references org_user (id),
    password_hash      bytea not null,
    salt               bytea not null,
    iterations         int not null,
    changed_at         timestamptz not null,
    must_change        boolean not null,
    failed_attempts    int not null default 0,
    locked_until       timestamptz,
    totp_secret        bytea,
    totp_pending       bytea,
    totp_last_step     bigint
);

create table sec_password_history (
    id            bigserial primary key,
    user_id       bigint not null references org_user (id),
    password_hash bytea not null,
    salt          bytea not null,
    iterations    int not null,
    created_at    timestamptz not null
);
create index sec_password_history_user_idx on sec_password_history (user_id, created_at desc);

-- Bearer tokens are stored only as their SM3 hash: a leaked table opens no session.
create table sec_session (
    token_hash   char(64) primary key,
    user_id      bigint not null references org_user (id),
    created_at   timestamptz not null,
    last_seen_at timestamptz not null,
    expires_at   timestamptz not null,
    revoked_at   timestamptz,
    source_ip    varchar(64)
);
create index sec_session_user_idx on sec_session (user_id);
