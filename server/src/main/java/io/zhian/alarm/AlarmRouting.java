package io.zhian.alarm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where a new alarm goes: to the venue's police station and its responsible officer (责任民警), or, when no venue
 * is involved, to the unit that owns the watch entry. Reads the venue's two columns in SQL, as other modules
 * read {@code venue} and {@code org_unit}, so that the alarm module depends on no module that raises alarms.
 */
@Component
class AlarmRouting {

	/** The unit and officer an alarm is routed to; either may be null. */
	record Route(Long unitId, Long officerId) {
	}

	private final JdbcClient jdbc;

	AlarmRouting(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Route route(AlarmRequest request) {
		if (request.venueId() == null) {
			return new Route(request.owningUnitId(), null);
		}
		return jdbc.sql("select station_unit_id, responsible_officer_id from venue where id = ?")
			.param(request.venueId())
			.query((rs, row) -> new Route(rs.getLong("station_unit_id"), (Long) rs.getObject("responsible_officer_id")))
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("alarm for unknown venue " + request.venueId()));
	}
}
