package io.zhian.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * The record trades go through the same comparison as hotels (issue 9 point 3): a pawned phone whose IMEI is on
 * a watch list and a car brought for repair whose plate is, each typed the way a clerk types it (separators, a
 * middle dot), raise a watch-list alarm at the venue's station, while a role declared not compared (a redeemed
 * item) raises none; a person pawning again and again raises a
 * frequency warning (线索跟踪).
 */
class WatchedTradeSubjectsTest extends IntegrationTest {

	@Test
	void aWatchedPhoneAtAPawnshopAndAWatchedCarAtARepairShopRaiseAlarms() throws InterruptedException {
		Api station = api.loginDemo("station");
		String imei = imei();
		String plate = "渝A" + (10000 + ThreadLocalRandom.current().nextInt(90000));
		watch(station, Map.of("targetType", "ITEM", "imei", imei, "category", "CASE_ITEM", "reason", "盗窃案涉案手机"));
		watch(station, Map.of("targetType", "VEHICLE", "plate", plate, "category", "STOLEN_VEHICLE", "reason", "被盗车辆"));

		String typedImei = imei.substring(0, 2) + "-" + imei.substring(2, 8) + "-" + imei.substring(8, 14) + "-"
				+ imei.substring(14);
		Api.Response pledge = api.loginDemo("pawn").post("/api/v1/records", TradeIntakeTest.pledge(Stays.reference(),
				TestIds.citizen("500103", "19790304", 311), typedImei));
		assertThat(pledge.status()).as(pledge.body()).isEqualTo(201);
		Api.Response repair = api.loginDemo("repair").post("/api/v1/records", TradeIntakeTest.repairOrder(
				Stays.reference(), TestIds.citizen("500103", "19800506", 312), plate.substring(0, 2) + "·"
						+ plate.substring(2), "LSVAU2181N2183460"));
		assertThat(repair.status()).as(repair.body()).isEqualTo(201);

		JsonNode item = alarmOf(station, pledge.json().path("id").asLong());
		assertThat(item.path("subjectType").asString()).isEqualTo("ITEM");
		assertThat(item.path("subjectValue").asString()).isEqualTo(imei);
		assertThat(item.path("category").asString()).isEqualTo("CASE_ITEM");
		// The redemption's item role is declared not compared (the phone goes back to its owner): no alarm.
		Map<String, Object> redeemed = new java.util.HashMap<>(Map.of("role", "REDEEMED", "category", "PHONE",
				"imei", imei, "attributes", Map.of("name", "华为 Mate 60", "quantity", 1)));
		Api.Response redemption = api.loginDemo("pawn").post("/api/v1/records", Map.of("trade", "PAWN", "kind",
				"REDEMPTION", "reference", Stays.reference(), "attributes", Map.of("pledgeReference", "P-1",
						"amount", 3100, "handler", "周晓梅"), "parties", List.of(TradeIntakeTest.person("REDEEMER",
								TestIds.citizen("500103", "19790304", 311), "刘海涛")), "items", List.of(redeemed)));
		assertThat(redemption.status()).as(redemption.body()).isEqualTo(201);

		JsonNode vehicle = alarmOf(station, repair.json().path("id").asLong());
		assertThat(vehicle.path("subjectType").asString()).isEqualTo("VEHICLE");
		assertThat(vehicle.path("subjectValue").asString()).isEqualTo(plate);
		assertThat(vehicle.path("category").asString()).isEqualTo("STOLEN_VEHICLE");
		// Compared after the pledge and the repair order, whose alarms have arrived: none for the redemption.
		long redemptionId = redemption.json().path("id").asLong();
		Thread.sleep(2000);
		assertThat(station.get("/api/v1/alarms?kind=WATCH_HIT&size=200").json().path("items").findValues("recordId")
			.stream().map(JsonNode::asLong)).doesNotContain(redemptionId);
	}

	@Test
	void aPersonPawningAgainAndAgainRaisesOneFrequencyWarningADay() throws InterruptedException {
		Api pawn = api.loginDemo("pawn");
		String pledger = TestIds.citizen("500103", "19820708", 313);
		// zhian.watch.frequency: more than 3 records of the selling trades within 30 days.
		for (int i = 0; i < 5; i++) {
			Api.Response pledge = pawn.post("/api/v1/records", TradeIntakeTest.pledge(Stays.reference(), pledger, imei()));
			assertThat(pledge.status()).as(pledge.body()).isEqualTo(201);
		}
		Api station = api.loginDemo("station");
		JsonNode warnings = null;
		for (int i = 0; i < 150; i++) {
			warnings = station.get("/api/v1/alarms?kind=FREQUENCY&documentNumber=" + pledger).json().path("items");
			if (!warnings.isEmpty()) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(warnings).hasSize(1);
		assertThat(warnings.get(0).path("level").asString()).isEqualTo("LOW");
		assertThat(warnings.get(0).path("summary").asString()).contains("刘海涛");
		// Every comparison has run by now (each raised or found the day's warning): still one.
		Thread.sleep(2000);
		assertThat(station.get("/api/v1/alarms?kind=FREQUENCY&documentNumber=" + pledger).json().path("items"))
			.hasSize(1);
		Api.Response other = station.get("/api/v1/alarms?kind=FREQUENCY&documentNumber="
				+ TestIds.citizen("500103", "19790304", 311));
		assertThat(other.json().path("items")).as("one pledge is no clue").isEmpty();
	}

	private static void watch(Api station, Map<String, Object> entry) {
		Api.Response created = station.post("/api/v1/watch/entries", entry);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
	}

	/** The watch-list alarm of a record, as the station sees it, waiting up to 15 s for the comparison. */
	private static JsonNode alarmOf(Api station, long recordId) throws InterruptedException {
		for (int i = 0; i < 150; i++) {
			for (JsonNode alarm : station.get("/api/v1/alarms?kind=WATCH_HIT&size=200").json().path("items")) {
				if (alarm.path("recordId").asLong() == recordId) {
					return alarm;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no watch-list alarm for record " + recordId);
	}

	/** A random IMEI with its Luhn check digit. */
	private static String imei() {
		StringBuilder body = new StringBuilder("35");
		while (body.length() < 14) {
			body.append(ThreadLocalRandom.current().nextInt(10));
		}
		int sum = 0;
		for (int i = 0; i < 14; i++) {
			int digit = body.charAt(i) - '0';
			if (i % 2 == 1) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
		}
		return body.append((10 - sum % 10) % 10).toString();
	}
}
