-- Stored files (files module): document photos, face photos, staff photos. Kept in the database so that a
-- photo is committed with the record that names it and backed up with everything else.
create table stored_file (
    id           bigserial primary key,
    venue_id     bigint references venue (id),
    purpose      varchar(24) not null,
    content_type varchar(32) not null,
    size_bytes   int not null,
    sm3          char(64) not null,
    content      bytea not null,
    uploaded_by  bigint,
    created_at   timestamptz not null default now()
);
create index stored_file_venue_idx on stored_file (venue_id);
