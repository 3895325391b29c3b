package io.zhian.venue;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.DataScope;
import io.zhian.common.SqlCondition;

/**
 * The few facts about police units and officers a venue needs. Read straight from the organisation's tables,
 * as the venue list already joins them and as DataScope does: the venue module must not call the org module,
 * which depends on it (enterprise users belong to venues).
 */
@Component
class Jurisdiction {

	/** An enabled police station (派出所). {@code path} is its place in the unit tree. */
	record Station(long id, String code, String name, String regionCode, String path) {
	}

	private final JdbcClient jdbc;

	Jurisdiction(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Station> station(long unitId) {
		return jdbc.sql("""
				select id, code, name, region_code, path from org_unit
				where id = ? and level = 'STATION' and enabled""")
			.param(unitId)
			.query((rs, row) -> new Station(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					rs.getString("region_code"), rs.getString("path")))
			.optional();
	}

	/** Whether the user is an enabled police officer of the station or one of its policing areas. */
	boolean isOfficerOf(long userId, Station station) {
		return jdbc.sql("""
				select exists (select 1 from org_user usr join org_unit u on u.id = usr.unit_id
				               where usr.id = ? and usr.kind = 'POLICE' and usr.enabled and u.path like ?)""")
			.params(userId, station.path() + "%")
			.query(Boolean.class).single();
	}

	/** Whether a venue lies within the scope. */
	boolean covers(DataScope scope, long venueId) {
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		java.util.List<Object> params = new java.util.ArrayList<>(visible.params());
		params.add(0, venueId);
		return jdbc.sql("select exists (select 1 from venue v where v.id = ? and " + visible.sql() + ")")
			.params(params).query(Boolean.class).single();
	}

	/** Condition on a station column: the stations in the subtree of {@code unitId} (a district or station). */
	static SqlCondition within(String stationUnitIdColumn, long unitId) {
		return new SqlCondition(stationUnitIdColumn + " in (select s.id from org_unit s where s.path like "
				+ "(select p.path from org_unit p where p.id = ?) || '%')", java.util.List.of(unitId));
	}
}
