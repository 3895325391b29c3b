-- Party search (search module): indexes over record_party, created on the partitioned parent so that every
-- month's partition, present and future, gets them.

-- Trigram similarity for fuzzy names (模糊查询). pg_trgm ships with PostgreSQL (contrib, also in the embedded
-- binaries) and is a trusted extension, so a database owner may create it without superuser rights.
create extension if not exists pg_trgm;

-- Homophone search (同音查询): "do the query name's pinyin keys meet the stored ones" is `&&` on these arrays.
create index record_party_pinyin_idx on record_party using gin (pinyin);
create index record_party_fuzzy_idx on record_party using gin (fuzzy);
-- Substring (like '%伟%' with three or more characters) and similarity (%) on the stored, normalised name.
create index record_party_name_trgm_idx on record_party using gin (name gin_trgm_ops);
-- A time window alone (the default last 90 days, newest first). Document numbers, exact and by prefix, use
-- record_party_person_idx (V9): the database sorts in C order, so `like 'prefix%'` is a range scan on it.
create index record_party_time_idx on record_party (occurred_at desc);
