package io.zhian.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;

/** Creates throw-away users through the real administration API, so tests never share a mutable account. */
public final class Accounts {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private Accounts() {
	}

	public record Created(long id, String username, String password) {
	}

	/** A station officer of 解放碑派出所 with a fresh temporary password (must be changed at first login). */
	public static Created stationOfficer(Api admin) {
		return stationOfficer(admin, "500103010000");
	}

	/** A station officer of the station with the given unit code, with a fresh temporary password. */
	public static Created stationOfficer(Api admin, String stationCode) {
		long station = unitId(admin, stationCode);
		int n = SEQUENCE.incrementAndGet();
		String username = "officer" + System.nanoTime() % 1_000_000 + n;
		Api.Response response = admin.post("/api/v1/users", Map.of("username", username, "displayName", "测试民警" + n,
				"kind", "POLICE", "policeNumber", String.format("9%05d", Math.abs(username.hashCode()) % 100000),
				"unitId", station, "roles", List.of("STATION_OFFICER"), "scope", "UNIT_TREE"));
		if (response.status() != 201) {
			throw new AssertionError(response.status() + " " + response.body());
		}
		JsonNode body = response.json();
		return new Created(body.path("user").path("id").asLong(), username,
				body.path("temporaryPassword").asString());
	}

	/** A station officer whose password is already changed to {@code password}, ready to sign in. */
	public static Created activeStationOfficer(Api admin, Api anonymous, String password) {
		return activeStationOfficer(admin, anonymous, password, "500103010000");
	}

	/** Likewise, of the station with the given unit code. */
	public static Created activeStationOfficer(Api admin, Api anonymous, String password, String stationCode) {
		Created created = stationOfficer(admin, stationCode);
		Api.Response changed = anonymous.post("/api/v1/auth/password", Map.of("username", created.username(),
				"currentPassword", created.password(), "newPassword", password));
		if (changed.status() != 204) {
			throw new AssertionError(changed.status() + " " + changed.body());
		}
		return new Created(created.id(), created.username(), password);
	}

	public static long unitId(Api api, String code) {
		for (JsonNode unit : api.get("/api/v1/units").json()) {
			if (code.equals(unit.path("code").asString())) {
				return unit.path("id").asLong();
			}
		}
		throw new AssertionError("no unit " + code);
	}
}
