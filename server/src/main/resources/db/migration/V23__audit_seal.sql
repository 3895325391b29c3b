-- The audit chain moves out of the audited transactions (issue 7). Until now every append took one advisory
-- lock, read the chain's head and held the lock until its transaction committed: every audited request of the
-- server passed through it one at a time, and under the mixed load most connections of the pool waited there.
-- Now an append is one insert (and its entry in audit_pending) that commits with the act it records; a sealer
-- (io.zhian.audit.AuditSealer, one at a time across nodes) chains the committed rows in the order it seals
-- them, within a second, into audit_seal. The hash is the same SM3 over the previous hash and the row.

create table audit_seal (
    seal_seq  bigint primary key,
    event_id  bigint not null unique,
    prev_hash char(64) not null,
    hash      char(64) not null
);

-- The existing chain, which ran in id order, is the head of the sealed one.
insert into audit_seal (seal_seq, event_id, prev_hash, hash) select id, id, prev_hash, hash from audit_event;
alter table audit_event drop column prev_hash, drop column hash;

-- Rows written and not yet sealed: a work queue, emptied by the sealer in the transaction that seals them. (No
-- foreign key: it would make truncating audit_event fail before its append-only trigger could refuse it.)
create table audit_pending (
    event_id bigint primary key
);

create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_seal_no_update_delete before update or delete on audit_seal
    for each row execute function audit_event_append_only();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_event_append_only();
