-- Code tables (代码表): national standards shipped with Zhian, local extensions and legacy-code mappings (代码对照).

-- One row per table: which edition of the shipped data is loaded.
create table ref_code_table (
    name        text primary key,
    title       text not null,
    title_en    text not null,
    standard    text not null,
    version     text not null,
    source      text not null,
    loaded_at   timestamptz not null default now()
);

-- Entries of every table. Shipped rows (local = false) are replaced when a new version is loaded;
-- rows added by administrators (local = true) are never touched by a load.
create table ref_code_entry (
    table_name  text not null references ref_code_table (name),
    code        text not null,
    name        text not null,
    name_en     text,
    parent_code text,
    valid_from  date,
    valid_to    date,
    local       boolean not null default false,
    attributes  jsonb not null default '{}'::jsonb,
    primary key (table_name, code),
    constraint ref_code_entry_validity check (valid_to is null or valid_from is null or valid_from <= valid_to)
);

-- Legacy or business codes of another system mapped to a standard code; kept across loads.
create table ref_code_mapping (
    table_name  text not null,
    system      text not null,
    legacy_code text not null,
    code        text not null,
    created_at  timestamptz not null default now(),
    created_by  text not null,
    primary key (table_name, system, legacy_code),
    foreign key (table_name, code) references ref_code_entry (table_name, code)
);

create index ref_code_mapping_code on ref_code_mapping (table_name, code);
