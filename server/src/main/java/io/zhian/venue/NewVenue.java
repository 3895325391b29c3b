package io.zhian.venue;

import java.util.List;

/** What is needed to enter a venue. */
public record NewVenue(String code, String name, List<String> trades, long stationUnitId, String regionCode,
		String address) {
}
