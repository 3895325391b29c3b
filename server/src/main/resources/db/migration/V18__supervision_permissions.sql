-- Supervision (supervision module): who may publish bulletins, inspect, rectify, sanction and register cases.
-- The tables come in the migrations that follow, one per capability.
insert into org_role_permission (role_code, permission) values
    ('STATION_OFFICER', 'BULLETIN_PUBLISH'), ('STATION_OFFICER', 'SUPERVISION_READ'),
    ('STATION_OFFICER', 'INSPECTION_MANAGE'), ('STATION_OFFICER', 'PENALTY_MANAGE'),
    ('STATION_OFFICER', 'CASE_MANAGE'),
    ('DISTRICT_OFFICER', 'BULLETIN_PUBLISH'), ('DISTRICT_OFFICER', 'SUPERVISION_READ'),
    ('DISTRICT_OFFICER', 'INSPECTION_MANAGE'), ('DISTRICT_OFFICER', 'PENALTY_MANAGE'),
    ('DISTRICT_OFFICER', 'CASE_MANAGE'),
    ('CITY_OFFICER', 'BULLETIN_PUBLISH'), ('CITY_OFFICER', 'SUPERVISION_READ'),
    ('CITY_OFFICER', 'INSPECTION_MANAGE'), ('CITY_OFFICER', 'INSPECTION_CONFIGURE'),
    ('CITY_OFFICER', 'PENALTY_MANAGE'), ('CITY_OFFICER', 'CASE_MANAGE');
