package io.zhian.supervision.enforcement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/** A venue as penalties and cases name it: its code (企业代码), name and trades (企业类型). */
public record VenueRef(long id, String code, String name, List<String> trades) {

	static final String COLUMNS = "v.id as venue_ref_id, v.code as venue_code, v.name as venue_name, v.trades as venue_trades";

	/** The venue read from {@link #COLUMNS}; null for a penalty without a venue. */
	static VenueRef read(ResultSet rs) throws SQLException {
		long id = rs.getLong("venue_ref_id");
		if (rs.wasNull()) {
			return null;
		}
		return new VenueRef(id, rs.getString("venue_code"), rs.getString("venue_name"),
				Arrays.asList((String[]) rs.getArray("venue_trades").getArray()));
	}
}
