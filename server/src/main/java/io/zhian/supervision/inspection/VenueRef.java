package io.zhian.supervision.inspection;

import java.util.List;

/** The venue an inspection, notice or due date is about, as lists show it. */
public record VenueRef(long id, String code, String name, List<String> trades, long stationUnitId,
		String stationName) {

	public VenueRef {
		trades = List.copyOf(trades);
	}
}
