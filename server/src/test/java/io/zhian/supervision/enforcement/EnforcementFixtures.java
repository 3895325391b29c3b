package io.zhian.supervision.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.venue.VenueFixtures;

/** Venues entered by the city at chosen stations, and the demo stations' codes, for the enforcement tests. */
final class EnforcementFixtures {

	/** 解放碑派出所 of 渝中区, the demo station. */
	static final String DEMO_STATION = "500103010000";
	/** Another station of 渝中区. */
	static final String NEIGHBOUR_STATION = "500103020000";
	/** A station of another district (万州区). */
	static final String OTHER_DISTRICT_STATION = "500101010000";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private EnforcementFixtures() {
	}

	/** An active venue of the trade at the station, entered directly by the city bureau; answers its id. */
	static long venueAt(Api anonymous, String stationCode, String trade) {
		Api city = anonymous.loginDemo("city");
		// A valid filing of the venue tests, moved to the station and trade wanted.
		Map<String, Object> venue = VenueFixtures.filing(anonymous);
		venue.put("name", "处罚测试场所" + System.nanoTime() % 100000 + "-" + SEQUENCE.incrementAndGet());
		venue.put("trades", List.of(trade));
		venue.put("regionCode", stationCode.substring(0, 6));
		venue.put("stationUnitId", Accounts.unitId(anonymous.loginDemo("admin"), stationCode));
		Api.Response entered = city.post("/api/v1/venues", venue);
		assertThat(entered.status()).as(entered.body()).isEqualTo(201);
		return entered.json().path("id").asLong();
	}

	static String unique(String prefix) {
		return prefix + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
	}
}
