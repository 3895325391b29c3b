package io.zhian.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** 按键报警: a venue's press raises one URGENT PANIC alarm at its station, with the venue's address and contacts. */
class PanicButtonTest extends IntegrationTest {

	private static final String PANIC = "/api/v1/panic";

	@Test
	void aPressRaisesOneUrgentAlarmAtTheVenuesStationEvenWhenRetried() {
		Api hotel = api.loginDemo("hotel");
		String reference = "press-" + System.nanoTime();
		Map<String, Object> press = Map.of("note", "有人持刀闹事", "reference", reference, "latitude", 29.5630,
				"longitude", 106.5516);
		Api.Response first = hotel.post(PANIC, press);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		long alarmId = first.json().path("alarmId").asLong();
		assertThat(alarmId).isPositive();

		// The page retries after a lost answer: the same press, no second alarm.
		Api.Response retry = hotel.post(PANIC, press);
		assertThat(retry.status()).isEqualTo(200);
		assertThat(retry.json().path("alarmId").asLong()).isEqualTo(alarmId);
		assertThat(hotel.get(PANIC).json().findValues("reference").stream().map(JsonNode::asString)
			.filter(reference::equals)).hasSize(1);

		Api station = api.loginDemo("station");
		JsonNode detail = station.get("/api/v1/alarms/" + alarmId).json();
		JsonNode alarm = detail.path("alarm");
		assertThat(alarm.path("kind").asString()).isEqualTo("PANIC");
		assertThat(alarm.path("level").asString()).isEqualTo("URGENT");
		assertThat(alarm.path("summary").asString()).contains("按键报警", "有人持刀闹事", "29.56300,106.55160");
		JsonNode hotelVenue = hotel.get("/api/v1/me").json().path("venue");
		assertThat(alarm.path("venue").path("id").asLong()).isEqualTo(hotelVenue.path("id").asLong());
		assertThat(detail.path("contacts").path("address").asString()).isNotBlank();
		assertThat(detail.path("contacts").path("stationName").asString()).isNotBlank();
		// Urgent alarms come first in the station's inbox.
		assertThat(station.get("/api/v1/alarms?kind=PANIC&size=100").json().path("items").findValues("id").stream()
			.map(JsonNode::asLong)).contains(alarmId);

		// Another venue's station does not see it; the venue's own alarm history is not the police inbox.
		assertThat(api.loginDemo("hotel2").get(PANIC).json().findValues("reference").stream().map(JsonNode::asString))
			.doesNotContain(reference);
		assertThat(hotel.get("/api/v1/alarms/" + alarmId).status()).isEqualTo(403);
	}

	@Test
	void badPressesAreRefusedAndRaiseNothing() {
		Api hotel = api.loginDemo("hotel");
		int before = hotel.get(PANIC).json().size();
		Api.Response tooLong = hotel.post(PANIC, Map.of("note", "急".repeat(501)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.code()).isEqualTo("ZA-9070");
		assertThat(hotel.post(PANIC, Map.of("latitude", 29.5)).code()).isEqualTo("ZA-9070");
		assertThat(hotel.post(PANIC, Map.of("reference", "has spaces")).code()).isEqualTo("ZA-9070");
		assertThat(hotel.get(PANIC).json().size()).isEqualTo(before);

		// Police have no venue and no panic button.
		assertThat(api.loginDemo("station").post(PANIC, Map.of()).status()).isEqualTo(403);
	}
}
