package io.zhian.compliance;

import java.sql.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/** The one question this module asks about a single venue: is it within the caller's scope, and its trades. */
@Component
class ScopedVenues {

	private final JdbcClient jdbc;

	ScopedVenues(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The venue's trades; refuses a venue that does not exist or lies outside the scope with ZA-7203. */
	List<String> trades(DataScope scope, long venueId) {
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		List<Object> params = new ArrayList<>();
		params.add(venueId);
		params.addAll(visible.params());
		return jdbc.sql("select v.trades from venue v where v.id = ? and " + visible.sql())
			.params(params)
			.query((rs, row) -> {
				Array trades = rs.getArray("trades");
				return Arrays.asList((String[]) trades.getArray());
			})
			.optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.COMPLIANCE_VENUE_NOT_FOUND, venueId));
	}
}
