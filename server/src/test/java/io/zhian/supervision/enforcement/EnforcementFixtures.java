package io.zhian.supervision.enforcement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zhian.support.Accounts;
import io.zhian.support.Api;

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
		int n = SEQUENCE.incrementAndGet();
		Map<String, Object> venue = new HashMap<>();
		venue.put("name", "处罚测试场所" + System.nanoTime() % 100000 + "-" + n);
		venue.put("licenceNumber", "91500103ENF" + n + System.nanoTime() % 1000);
		venue.put("trades", List.of(trade));
		venue.put("regionCode", stationCode.substring(0, 6));
		venue.put("address", "重庆市测试路 " + n + " 号");
		venue.put("stationUnitId", Accounts.unitId(anonymous.loginDemo("admin"), stationCode));
		venue.put("legalRepName", "刘德明");
		venue.put("legalRepDocumentType", "111");
		venue.put("legalRepDocumentNumber", "500103197501016030");
		venue.put("legalRepPhone", "13983001188");
		venue.put("securityOfficerName", "周强");
		venue.put("securityOfficerPhone", "13983001199");
		venue.put("economicType", "173");
		venue.put("openedOn", "2020-05-01");
		Api.Response entered = city.post("/api/v1/venues", venue);
		assertThat(entered.status()).as(entered.body()).isEqualTo(201);
		return entered.json().path("id").asLong();
	}

	static String unique(String prefix) {
		return prefix + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
	}
}
