package io.zhian.venue;

import java.util.List;

/** A regulated business as the rest of Zhian refers to it. */
public record Venue(long id, String code, String name, List<String> trades, long stationUnitId, String stationName,
		String regionCode, String address, String status) {
}
