-- Statistics (stats module): cross-tabs and industry reports read record, record_party, venue and org_unit;
-- they own no table. Police of every level may run them within their data scope.
insert into org_role_permission (role_code, permission) values
    ('CITY_OFFICER', 'STATS_READ'), ('DISTRICT_OFFICER', 'STATS_READ'), ('STATION_OFFICER', 'STATS_READ');
