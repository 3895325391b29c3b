-- Audit trail (audit module): append-only, hash-chained with SM3.
create table audit_event (
    id          bigint primary key,
    occurred_at timestamptz not null,
    actor       varchar(64) not null,
    actor_id    bigint,
    unit_code   varchar(32),
    source_ip   varchar(64),
    action      varchar(64) not null,
    entity_type varchar(64),
    entity_id   varchar(128),
    outcome     varchar(16) not null,
    detail      text,
    prev_hash   char(64) not null,
    hash        char(64) not null
);
create sequence audit_event_seq;
create index audit_event_occurred_idx on audit_event (occurred_at desc);
create index audit_event_actor_idx on audit_event (actor, occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id, occurred_at desc);

-- The database itself refuses to rewrite history, whatever the application does.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_event_no_update_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
