package io.zhian.supervision.inspection;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.SqlCondition;

/** Venues as this package reads them from the venue module's table: only those within the reader's scope. */
@Component
class InspectedVenues {

	/** Columns of a {@link VenueRef} from {@code venue v join org_unit st on st.id = v.station_unit_id}. */
	static final String COLUMNS = "v.id as venue_id, v.code as venue_code, v.name as venue_name,"
			+ " v.trades as venue_trades, v.station_unit_id, st.name as station_name";
	static final String JOIN = " join venue v on v.id = %s join org_unit st on st.id = v.station_unit_id";

	private final JdbcClient jdbc;

	InspectedVenues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<VenueRef> find(Actor actor, long venueId) {
		SqlCondition visible = actor.dataScope().venues("v.id", "v.station_unit_id");
		return jdbc.sql("select " + COLUMNS + " from venue v join org_unit st on st.id = v.station_unit_id"
				+ " where v.id = ? and " + visible.sql())
			.param(venueId).params(visible.params()).query(InspectedVenues::ref).optional();
	}

	static VenueRef ref(ResultSet rs, int row) throws SQLException {
		Array trades = rs.getArray("venue_trades");
		return new VenueRef(rs.getLong("venue_id"), rs.getString("venue_code"), rs.getString("venue_name"),
				Arrays.asList((String[]) trades.getArray()), rs.getLong("station_unit_id"),
				rs.getString("station_name"));
	}
}
