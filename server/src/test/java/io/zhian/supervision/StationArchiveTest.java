package io.zhian.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** 一所一档: a station's page gathers its venues, alarms, cases and penalties, and stays within the reader's scope. */
class StationArchiveTest extends IntegrationTest {

	private static final String ARCHIVE = "/api/v1/station-archive/";

	@Test
	void theStationSeesItsVenuesAlarmsCasesAndPenaltiesOnOnePage() {
		long alarmId = api.loginDemo("hotel").post("/api/v1/panic", Map.of("note", "一所一档测试")).json()
			.path("alarmId").asLong();
		long hotelVenue = api.loginDemo("hotel").get("/api/v1/me").json().path("venue").path("id").asLong();

		Api station = api.loginDemo("station");
		long stationUnit = station.get("/api/v1/me").json().path("unit").path("id").asLong();
		Api.Response answer = station.get(ARCHIVE + stationUnit);
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode archive = answer.json();
		assertThat(archive.path("station").path("level").asString()).isEqualTo("STATION");
		assertThat(archive.path("venues").findValues("venue").stream().map(v -> v.path("id").asLong()))
			.contains(hotelVenue);
		assertThat(archive.path("venueCount").asInt()).isEqualTo(archive.path("venues").size());
		int graded = StreamSupport.stream(archive.path("grades").spliterator(), false).mapToInt(JsonNode::asInt).sum();
		assertThat(graded).isEqualTo(archive.path("venueCount").asInt());
		assertThat(archive.path("alarms").path("open").asLong()).isPositive();
		assertThat(archive.path("alarms").path("lines").findValues("id").stream().map(JsonNode::asLong))
			.contains(alarmId);
		// The demo station officer recorded two penalties and a case at the demo hotel.
		assertThat(archive.path("enforcement").path("penalties").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(archive.path("enforcement").path("cases").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(archive.path("overdueInspections").isArray()).isTrue();
		assertThat(archive.path("openRectifications").isArray()).isTrue();

		// The district above sees the same station; the city too.
		assertThat(api.loginDemo("district").get(ARCHIVE + stationUnit).json().path("venueCount").asInt())
			.isEqualTo(archive.path("venueCount").asInt());
		assertThat(api.loginDemo("city").get(ARCHIVE + stationUnit).status()).isEqualTo(200);
	}

	@Test
	void otherStationsBureausAndVenuesAreRefused() {
		Api city = api.loginDemo("city");
		JsonNode units = city.get("/api/v1/units").json();
		Api station = api.loginDemo("station");
		long own = station.get("/api/v1/me").json().path("unit").path("id").asLong();
		long otherStation = -1;
		long district = -1;
		for (JsonNode unit : units) {
			if (unit.path("level").asString().equals("STATION") && unit.path("id").asLong() != own) {
				otherStation = unit.path("id").asLong();
			}
			if (unit.path("level").asString().equals("DISTRICT")) {
				district = unit.path("id").asLong();
			}
		}
		assertThat(otherStation).isPositive();
		assertThat(station.get(ARCHIVE + otherStation).code()).isEqualTo("ZA-2009");
		Api.Response bureau = city.get(ARCHIVE + district);
		assertThat(bureau.status()).isEqualTo(400);
		assertThat(bureau.code()).isEqualTo("ZA-9072");
		assertThat(api.loginDemo("hotel").get(ARCHIVE + own).status()).isEqualTo(403);
	}
}
