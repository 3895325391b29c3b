-- Panic button (按键报警, supervision module): every press of a venue's panic button, and the alarm it raised.
create table panic_press (
    id          bigserial primary key,
    venue_id    bigint not null references venue (id),
    -- The page's own id for this press: a retried request finds the press it already made.
    reference   varchar(64) not null,
    note        varchar(500),
    -- Where the pressing device was, when its browser could tell.
    latitude    double precision check (latitude between -90 and 90),
    longitude   double precision check (longitude between -180 and 180),
    pressed_at  timestamptz not null,
    pressed_by  bigint not null,
    presser_name varchar(100) not null,
    alarm_id    bigint,
    unique (venue_id, reference)
);
create index panic_press_venue_idx on panic_press (venue_id, pressed_at desc);
