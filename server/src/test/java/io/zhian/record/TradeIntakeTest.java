package io.zhian.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * Records of the trades with vehicles and items, through the same intake as hotels: a pledge with a phone
 * (IMEI), a repair order with a car (plate and VIN); bad identifiers refused with numbered errors and nothing
 * stored; police find them by plate, VIN, IMEI and item category.
 */
class TradeIntakeTest extends IntegrationTest {

	private static final String RECORDS = "/api/v1/records";
	/** A valid IMEI (Luhn check digit 3) and a Chinese VIN with its ISO 3779 check digit (1). */
	private static final String IMEI = "353209112345673";
	private static final String VIN = "LSVAU2181N2183460";

	static Map<String, Object> person(String role, String number, String name) {
		Map<String, Object> party = new HashMap<>();
		party.put("role", role);
		party.put("documentType", "111");
		party.put("documentNumber", number);
		party.put("name", name);
		party.put("address", "重庆市渝中区民生路 12 号");
		return party;
	}

	static Map<String, Object> pledge(String reference, String pledgerNumber, String imei) {
		Map<String, Object> item = new HashMap<>();
		item.put("role", "PLEDGED");
		item.put("category", "PHONE");
		item.put("imei", imei);
		item.put("description", "黑色，屏幕有划痕");
		item.put("attributes", Map.of("name", "华为 Mate 60", "quantity", 1, "source", "本人购买", "appraiser", "周晓梅",
				"appraisedValue", 4200));
		return Map.of("trade", "PAWN", "kind", "PLEDGE", "reference", reference, "attributes",
				Map.of("pawnType", "REDEEMABLE", "amount", 3000, "termDays", 30, "handler", "周晓梅"), "parties",
				List.of(person("PLEDGER", pledgerNumber, "刘海涛")), "items", List.of(item));
	}

	static Map<String, Object> repairOrder(String reference, String delivererNumber, String plate, String vin) {
		Map<String, Object> vehicle = new HashMap<>();
		vehicle.put("role", "REPAIRED");
		vehicle.put("plate", plate);
		vehicle.put("vin", vin);
		vehicle.put("attributes", Map.of("vehicleType", "K33", "bodyColour", "A", "ownerName", "王建军"));
		return Map.of("trade", "VEHICLE_REPAIR", "kind", "REPAIR_ORDER", "reference", reference, "attributes",
				Map.of("repairReason", "追尾", "repairItems", "更换前保险杠", "receivedBy", "邓建国"), "parties",
				List.of(person("DELIVERER", delivererNumber, "王建军")), "vehicles", List.of(vehicle));
	}

	@Test
	void aPledgeWithAPhoneIsStoredWithItsImeiAndFoundByThePolice() {
		Api pawn = api.loginDemo("pawn");
		String number = TestIds.citizen("500103", "19850412", 201);
		String reference = Stays.reference();

		Api.Response stored = pawn.post(RECORDS, pledge(reference, number, "35-320911-234567-3"));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		JsonNode item = stored.json().path("items").get(0);
		assertThat(item.path("imei").asString()).isEqualTo(IMEI);
		assertThat(item.path("category").asString()).isEqualTo("PHONE");
		assertThat(item.path("attributes").path("appraisedValue").asInt()).isEqualTo(4200);
		assertThat(stored.json().path("parties").get(0).path("sex").asString()).isEqualTo("1");
		assertThat(pawn.post(RECORDS, pledge(reference, number, IMEI)).status()).isEqualTo(200);

		Api station = api.loginDemo("station");
		JsonNode found = station.get(RECORDS + "?trade=PAWN&imei=" + IMEI).json();
		assertThat(found.path("items").findValues("reference").stream().map(JsonNode::asString)).contains(reference);
		assertThat(station.get(RECORDS + "?trade=PAWN&kind=PLEDGE&itemCategory=PHONE&imei=" + IMEI).json()
			.path("total").asLong()).isEqualTo(found.path("total").asLong());
		assertThat(station.get(RECORDS + "?imei=353209112345681").json().path("total").asLong()).isZero();
		Api.Response export = station.get(RECORDS + "/export?trade=PAWN&imei=" + IMEI);
		assertThat(export.status()).isEqualTo(200);
		assertThat(export.contentType()).contains("spreadsheetml");
	}

	@Test
	void aRepairOrderIsStoredWithItsVehicleNormalised() {
		Api repair = api.loginDemo("repair");
		String reference = Stays.reference();
		Api.Response stored = repair.post(RECORDS,
				repairOrder(reference, TestIds.citizen("500112", "19780305", 451), "渝a·8x2m5", "lsvau2181n2183460"));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		JsonNode vehicle = stored.json().path("vehicles").get(0);
		assertThat(vehicle.path("plate").asString()).isEqualTo("渝A8X2M5");
		assertThat(vehicle.path("vin").asString()).isEqualTo(VIN);
		assertThat(vehicle.path("attributes").path("vehicleType").asString()).isEqualTo("K33");

		Api district = api.loginDemo("district");
		assertThat(district.get(RECORDS + "?plate=" + encode("渝a 8X2M5")).json().path("items").findValues("reference").stream()
			.map(JsonNode::asString)).contains(reference);
		assertThat(district.get(RECORDS + "?trade=VEHICLE_REPAIR&vin=" + VIN).json().path("total").asLong()).isPositive();
		// Another venue does not see the repair shop's records.
		assertThat(api.loginDemo("pawn").get(RECORDS + "?plate=" + encode("渝A8X2M5")).json().path("total").asLong()).isZero();
	}

	@Test
	void badIdentifiersAreRefusedWithNumberedErrorsAndNothingIsStored() {
		Api pawn = api.loginDemo("pawn");
		String badImei = Stays.reference();
		Api.Response imei = pawn.post(RECORDS, pledge(badImei, TestIds.citizen("500103", "19850412", 202),
				"353209112345674"));
		assertThat(imei.status()).isEqualTo(400);
		assertThat(imei.code()).isEqualTo("ZA-6003");
		assertThat(errors(imei)).containsEntry("items[0].imei", "ZA-6305");
		Api.Response shortImei = pawn.post(RECORDS, pledge(Stays.reference(), TestIds.citizen("500103", "19850412", 202),
				"3532091123"));
		assertThat(errors(shortImei)).containsEntry("items[0].imei", "ZA-6304");

		Api repair = api.loginDemo("repair");
		String number = TestIds.citizen("500112", "19780305", 452);
		String badVin = Stays.reference();
		Api.Response vin = repair.post(RECORDS, repairOrder(badVin, number, "渝A12345", "LSVAU2180N2183460"));
		assertThat(errors(vin)).containsEntry("vehicles[0].vin", "ZA-6303");
		assertThat(vin.json().path("errors").get(0).path("message").asString()).contains("1");
		Api.Response plate = repair.post(RECORDS, repairOrder(Stays.reference(), number, "ABC123", null));
		assertThat(errors(plate)).containsEntry("vehicles[0].plate", "ZA-6301");
		Api.Response none = repair.post(RECORDS, repairOrder(Stays.reference(), number, null, null));
		assertThat(errors(none)).containsEntry("vehicles[0]", "ZA-6308");
		Map<String, Object> noVehicle = new HashMap<>(repairOrder(Stays.reference(), number, "渝A12345", null));
		noVehicle.put("vehicles", List.of());
		assertThat(errors(repair.post(RECORDS, noVehicle))).containsEntry("vehicles", "ZA-6307");
		// A pawnshop cannot send a repair order: not its trade.
		assertThat(errors(pawn.post(RECORDS, repairOrder(Stays.reference(), number, "渝A12345", VIN))))
			.containsEntry("trade", "ZA-6312");

		// Nothing of the refused records was stored.
		Api station = api.loginDemo("station");
		assertThat(station.get(RECORDS + "?q=" + badImei).json().path("total").asLong()).isZero();
		assertThat(station.get(RECORDS + "?imei=353209112345674").json().path("total").asLong()).isZero();
		assertThat(station.get(RECORDS + "?vin=LSVAU2180N2183460").json().path("total").asLong()).isZero();
		assertThat(station.get(RECORDS + "?trade=VEHICLE_REPAIR&q=" + number).json().path("total").asLong()).isZero();
	}

	@Test
	void theDryRunAppliesTheSameChecks() {
		Api repair = api.loginDemo("repair");
		String number = TestIds.citizen("500112", "19780305", 453);
		Api.Response answer = repair.post(RECORDS + "/validate", Map.of("records",
				List.of(repairOrder(Stays.reference(), number, "渝A12345", VIN),
						repairOrder(Stays.reference(), number, "渝A12345", "LSVAU2180N2183460"))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode results = answer.json().path("results");
		assertThat(results.get(0).path("valid").asBoolean()).isTrue();
		assertThat(results.get(1).path("errors").get(0).path("code").asString()).isEqualTo("ZA-6303");
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
	}

	private static Map<String, String> errors(Api.Response refused) {
		Map<String, String> byField = new HashMap<>();
		refused.json().path("errors").forEach(e -> byField.put(e.path("field").asString(), e.path("code").asString()));
		return byField;
	}
}
