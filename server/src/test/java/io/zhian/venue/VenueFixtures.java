package io.zhian.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import tools.jackson.databind.JsonNode;

/** Venues and their users made through the public API, each with unique names, for the venue tests. */
public final class VenueFixtures {

	static final String STATION = "500103010000";
	public static final String PASSWORD = "Venue-test-2026";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private VenueFixtures() {
	}

	/** A valid filing at 解放碑派出所 with a unique name. */
	public static Map<String, Object> filing(Api anyone) {
		int n = SEQUENCE.incrementAndGet();
		Map<String, Object> venue = new HashMap<>();
		venue.put("name", "测试宾馆" + System.nanoTime() % 100000 + "-" + n);
		venue.put("licenceNumber", "91500103TEST" + n);
		venue.put("trades", List.of("HOTEL"));
		venue.put("regionCode", "500103");
		venue.put("address", "重庆市渝中区民生路 " + n + " 号");
		venue.put("stationUnitId", station(anyone, STATION));
		venue.put("legalRepName", "刘德明");
		venue.put("legalRepDocumentType", "111");
		venue.put("legalRepDocumentNumber", "500103197501016030");
		venue.put("legalRepPhone", "13983001188");
		venue.put("securityOfficerName", "周强");
		venue.put("securityOfficerPhone", "13983001199");
		venue.put("economicType", "173");
		venue.put("openedOn", "2020-05-01");
		return venue;
	}

	static long station(Api anyone, String code) {
		for (JsonNode station : new Api(port(anyone)).get("/api/v1/signup/stations").json()) {
			if (code.equals(station.path("code").asString())) {
				return station.path("id").asLong();
			}
		}
		throw new AssertionError("no station " + code);
	}

	/** A self-registered enterprise: its pending venue and its signed-in clerk. */
	public record Enterprise(long venueId, String username, Api clerk) {
	}

	static Enterprise signUp(Api anonymous, Map<String, Object> venue) {
		String username = "clerk" + System.nanoTime() % 10_000_000 + SEQUENCE.incrementAndGet();
		Api.Response response = anonymous.post("/api/v1/signup",
				Map.of("username", username, "password", PASSWORD, "displayName", "测试店员", "venue", venue));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		long venueId = response.json().path("venueId").asLong();
		return new Enterprise(venueId, username, anonymous.login(username, PASSWORD));
	}

	/** A self-registered enterprise whose filing the demo station officer approved. */
	public static Enterprise active(Api anonymous) {
		Enterprise enterprise = signUp(anonymous, filing(anonymous));
		Api.Response approved = anonymous.loginDemo("station").post("/api/v1/venues/" + enterprise.venueId()
				+ "/approve", Map.of());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		return enterprise;
	}

	/** A signed-in station officer of another station of the same district (渝中区 second station). */
	public static Api otherStationOfficer(Api anonymous) {
		Api admin = anonymous.loginDemo("admin");
		long unit = Accounts.unitId(admin, "500103020000");
		String username = "other" + System.nanoTime() % 10_000_000 + SEQUENCE.incrementAndGet();
		Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "displayName", "邻所民警",
				"kind", "POLICE", "policeNumber", String.format("7%05d", Math.abs(username.hashCode()) % 100000),
				"unitId", unit, "roles", List.of("STATION_OFFICER"), "scope", "UNIT_TREE"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		anonymous.post("/api/v1/auth/password", Map.of("username", username, "currentPassword",
				created.json().path("temporaryPassword").asString(), "newPassword", PASSWORD));
		return anonymous.login(username, PASSWORD);
	}

	/** The events of a venue's history, oldest first. */
	static List<String> events(Api api, long venueId) {
		return api.get("/api/v1/venues/" + venueId + "/history").json().findValuesAsString("event");
	}

	private static int port(Api api) {
		return Integer.parseInt(api.base().substring(api.base().lastIndexOf(':') + 1));
	}
}
