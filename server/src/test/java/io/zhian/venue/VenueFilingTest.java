package io.zhian.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** Filing (备案) through self-registration, the station's review, key and non-key edits, status changes. */
class VenueFilingTest extends IntegrationTest {

	@Test
	void selfRegisteredFilingIsPendingUntilTheStationApprovesIt() {
		JsonNode stations = api.get("/api/v1/signup/stations").json();
		assertThat(stations.findValuesAsString("name")).contains("解放碑派出所");
		assertThat(stations.findValuesAsString("district")).contains("渝中区分局");

		VenueFixtures.Enterprise enterprise = VenueFixtures.signUp(api, VenueFixtures.filing(api));
		JsonNode me = enterprise.clerk().get("/api/v1/me").json();
		assertThat(me.path("venue").path("id").asLong()).isEqualTo(enterprise.venueId());
		assertThat(me.path("roles").get(0).asString()).isEqualTo("ENTERPRISE_CLERK");
		JsonNode filed = enterprise.clerk().get("/api/v1/venues/" + enterprise.venueId()).json();
		assertThat(filed.path("status").asString()).isEqualTo("PENDING");
		assertThat(filed.path("code").isNull()).isTrue();

		Api station = api.loginDemo("station");
		JsonNode queue = station.get("/api/v1/venue-reviews").json();
		assertThat(queue.path("filings").findValues("id")).extracting(JsonNode::asLong)
			.contains(enterprise.venueId());
		// The pending filing of the demo city is there too.
		assertThat(queue.path("filings").findValuesAsString("name")).contains("重庆朝天门江景宾馆");

		long officer = station.get("/api/v1/me").json().path("id").asLong();
		Api.Response approved = station.post("/api/v1/venues/" + enterprise.venueId() + "/approve",
				Map.of("responsibleOfficerId", officer));
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().path("status").asString()).isEqualTo("ACTIVE");
		assertThat(approved.json().path("code").asString()).matches("H500103\\d{6}");
		assertThat(approved.json().path("responsibleOfficerName").asString()).isEqualTo("王晓东");
		assertThat(station.post("/api/v1/venues/" + enterprise.venueId() + "/approve", Map.of()).code())
			.isEqualTo("ZA-5003");
		assertThat(VenueFixtures.events(enterprise.clerk(), enterprise.venueId())).containsExactly("FILED",
				"APPROVED");
		assertThat(station.get("/api/v1/venue-reviews").json().path("filings").findValues("id"))
			.extracting(JsonNode::asLong).doesNotContain(enterprise.venueId());
	}

	@Test
	void theDemoHotelKeepsItsCodeAndHasEveryField() {
		JsonNode hotel = api.loginDemo("hotel").get("/api/v1/me").json().path("venue");
		assertThat(hotel.path("code").asString()).isEqualTo("H500103000001");
		JsonNode detail = api.loginDemo("station").get("/api/v1/venues/" + hotel.path("id").asLong()).json();
		assertThat(detail.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(detail.path("filing").path("legalRepName").asString()).isEqualTo("刘德明");
		assertThat(detail.path("filing").path("economicType").asString()).isEqualTo("173");
		assertThat(detail.path("responsibleOfficerName").asString()).isEqualTo("王晓东");
	}

	@Test
	void aRejectedFilingIsCorrectedAndFiledAgain() {
		Map<String, Object> venue = VenueFixtures.filing(api);
		VenueFixtures.Enterprise enterprise = VenueFixtures.signUp(api, venue);
		Api station = api.loginDemo("station");
		String path = "/api/v1/venues/" + enterprise.venueId();
		assertThat(station.post(path + "/reject", Map.of("reason", " ")).code()).isEqualTo("ZA-5008");
		Api.Response rejected = station.post(path + "/reject", Map.of("reason", "营业执照号码与执照不符"));
		assertThat(rejected.json().path("status").asString()).isEqualTo("REJECTED");
		JsonNode seen = enterprise.clerk().get(path).json();
		assertThat(seen.path("statusReason").asString()).isEqualTo("营业执照号码与执照不符");

		venue.put("licenceNumber", "91500103CORRECTED");
		Api.Response refiled = enterprise.clerk().put(path, venue);
		assertThat(refiled.status()).as(refiled.body()).isEqualTo(200);
		assertThat(refiled.json().path("status").asString()).isEqualTo("PENDING");
		assertThat(refiled.json().path("statusReason").isNull()).isTrue();
		assertThat(VenueFixtures.events(station, enterprise.venueId())).containsExactly("FILED", "REJECTED",
				"RESUBMITTED");
		JsonNode resubmitted = station.get(path + "/history").json().get(2);
		assertThat(resubmitted.path("actor").asString()).isEqualTo(enterprise.username());
		assertThat(resubmitted.path("changes").get(0).path("field").asString()).isEqualTo("licenceNumber");
		assertThat(resubmitted.path("changes").get(0).path("after").asString()).isEqualTo("91500103CORRECTED");
		assertThat(station.post(path + "/approve", Map.of()).json().path("status").asString()).isEqualTo("ACTIVE");
	}

	@Test
	void invalidSignUpNamesEveryWrongFieldAndStoresNothing() {
		Map<String, Object> venue = VenueFixtures.filing(api);
		venue.remove("name");
		venue.put("regionCode", "999999");
		venue.put("legalRepDocumentNumber", "500103197501016031");
		venue.put("securityOfficerPhone", "call me");
		venue.put("trades", List.of("HOTEL", "BAKERY"));
		venue.put("stationUnitId", VenueFixtures.station(api, VenueFixtures.STATION) - 1);
		String username = "rejected" + System.nanoTime() % 1_000_000;
		Api.Response refused = api.post("/api/v1/signup",
				Map.of("username", username, "password", VenueFixtures.PASSWORD, "displayName", "某人", "venue", venue));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-5001");
		Map<String, String> errors = new HashMap<>();
		refused.json().path("errors").forEach(e -> errors.put(e.path("field").asString(), e.path("code").asString()));
		assertThat(errors).containsEntry("name", "ZA-5009").containsEntry("regionCode", "ZA-4003")
			.containsEntry("legalRepDocumentNumber", "ZA-4103").containsEntry("securityOfficerPhone", "ZA-5013")
			.containsEntry("trades", "ZA-4003").containsEntry("stationUnitId", "ZA-5011");
		assertThat(api.language("en").post("/api/v1/signup", Map.of("username", username, "password",
				VenueFixtures.PASSWORD, "displayName", "某人", "venue", venue)).json().path("detail").asString())
			.contains("name: This field is required");

		// A weak password refuses the whole registration: the venue is not filed either.
		Map<String, Object> valid = VenueFixtures.filing(api);
		Api.Response weak = api.post("/api/v1/signup",
				Map.of("username", username, "password", "weak", "displayName", "某人", "venue", valid));
		assertThat(weak.code()).isEqualTo("ZA-1007");
		assertThat(api.loginDemo("admin").get("/api/v1/venues?q=" + encode((String) valid.get("name"))).json()
			.path("total").asLong()).isZero();
		assertThat(api.post("/api/v1/auth/login", Map.of("username", username, "password", "weak")).code())
			.isEqualTo("ZA-1001");
		// The same username is still free.
		assertThat(api.post("/api/v1/signup", Map.of("username", username, "password", VenueFixtures.PASSWORD,
				"displayName", "某人", "venue", valid)).status()).isEqualTo(201);
	}

	@Test
	void afterApprovalOpenFieldsChangeDirectlyAndKeyFieldsOnlyThroughReview() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		Api clerk = enterprise.clerk();
		String path = "/api/v1/venues/" + enterprise.venueId();
		Map<String, Object> venue = filingOf(clerk.get(path).json());

		venue.put("securityOfficerName", "吴新");
		Api.Response edited = clerk.put(path, venue);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("filing").path("securityOfficerName").asString()).isEqualTo("吴新");

		String oldName = (String) venue.get("name");
		venue.put("name", oldName + "（新）");
		Api.Response keyEdit = clerk.put(path, venue);
		assertThat(keyEdit.code()).isEqualTo("ZA-5004");
		assertThat(keyEdit.json().path("detail").asString()).contains("name");
		assertThat(clerk.get(path).json().path("filing").path("name").asString()).isEqualTo(oldName);

		Api.Response requested = clerk.post(path + "/change-requests",
				Map.of("venue", venue, "reason", "更名，已换发营业执照"));
		assertThat(requested.status()).as(requested.body()).isEqualTo(201);
		assertThat(requested.json().path("changes").findValuesAsString("field")).containsExactly("name");
		assertThat(clerk.post(path + "/change-requests", Map.of("venue", venue, "reason", "再次")).code())
			.isEqualTo("ZA-5005");
		assertThat(clerk.get(path).json().path("changePending").asBoolean()).isTrue();

		Api station = api.loginDemo("station");
		long requestId = requested.json().path("id").asLong();
		assertThat(station.get("/api/v1/venue-reviews").json().path("changeRequests").findValues("id"))
			.extracting(JsonNode::asLong).contains(requestId);
		// A clerk cannot approve their own request.
		assertThat(clerk.post("/api/v1/venue-change-requests/" + requestId + "/approve", Map.of()).status())
			.isEqualTo(403);
		Api.Response approved = station.post("/api/v1/venue-change-requests/" + requestId + "/approve",
				Map.of("reason", "核对无误"));
		assertThat(approved.json().path("status").asString()).isEqualTo("APPROVED");
		assertThat(clerk.get(path).json().path("filing").path("name").asString()).isEqualTo(oldName + "（新）");

		// A second request, rejected: nothing changes.
		venue.put("name", oldName + "（新）");
		venue.put("address", "重庆市渝中区另一条路 1 号");
		long second = clerk.post(path + "/change-requests", Map.of("venue", venue, "reason", "搬迁")).json().path("id")
			.asLong();
		assertThat(station.post("/api/v1/venue-change-requests/" + second + "/reject", Map.of()).code())
			.isEqualTo("ZA-5008");
		assertThat(station.post("/api/v1/venue-change-requests/" + second + "/reject", Map.of("reason", "未提供租赁合同"))
			.json().path("status").asString()).isEqualTo("REJECTED");
		assertThat(clerk.get(path).json().path("filing").path("address").asString()).isNotEqualTo(venue.get("address"));

		List<String> events = VenueFixtures.events(clerk, enterprise.venueId());
		assertThat(events).containsExactly("FILED", "APPROVED", "EDITED", "CHANGE_REQUESTED", "CHANGE_APPROVED",
				"CHANGE_REQUESTED", "CHANGE_REJECTED");
		JsonNode history = clerk.get(path + "/history").json();
		JsonNode editedEntry = history.get(2);
		assertThat(editedEntry.path("changes").get(0).path("before").asString()).isEqualTo("周强");
		assertThat(editedEntry.path("changes").get(0).path("after").asString()).isEqualTo("吴新");
		JsonNode approvedEntry = history.get(4);
		assertThat(approvedEntry.path("actor").asString()).isEqualTo("station");
		assertThat(approvedEntry.path("changes").get(0).path("before").asString()).isEqualTo(oldName);
		assertThat(approvedEntry.path("reason").asString()).isEqualTo("核对无误");
		assertThat(history.get(6).path("reason").asString()).isEqualTo("未提供租赁合同");
		assertThat(clerk.get(path + "/change-requests").json()).hasSize(2);
	}

	@Test
	void policeSuspendReopenAndCancelWithAReason() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		Api station = api.loginDemo("station");
		String path = "/api/v1/venues/" + enterprise.venueId();
		assertThat(station.post(path + "/reopen", Map.of("reason", "x")).code()).isEqualTo("ZA-5003");
		assertThat(station.post(path + "/suspend", Map.of("reason", "长".repeat(501))).code()).isEqualTo("ZA-5010");
		assertThat(station.post(path + "/suspend", Map.of("reason", "消防检查不合格，停业整顿")).json().path("status")
			.asString()).isEqualTo("SUSPENDED");
		assertThat(enterprise.clerk().post(path + "/reopen", Map.of("reason", "已整改")).status()).isEqualTo(403);
		assertThat(station.post(path + "/reopen", Map.of("reason", "整改完毕")).json().path("status").asString())
			.isEqualTo("ACTIVE");
		JsonNode cancelled = station.post(path + "/cancel", Map.of("reason", "企业歇业")).json();
		assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.path("statusReason").asString()).isEqualTo("企业歇业");
		assertThat(station.post(path + "/reopen", Map.of("reason", "x")).code()).isEqualTo("ZA-5003");
		assertThat(enterprise.clerk().put(path, filingOf(cancelled)).code()).isEqualTo("ZA-5003");
		JsonNode history = station.get(path + "/history").json();
		assertThat(history.findValuesAsString("event")).endsWith("SUSPENDED", "REOPENED", "CANCELLED");
		assertThat(history.findValuesAsString("reason")).contains("消防检查不合格，停业整顿", "整改完毕", "企业歇业");
		assertThat(api.loginDemo("admin").get("/api/v1/audit?entityType=Venue&entityId=" + enterprise.venueId())
			.json().path("total").asLong()).isGreaterThanOrEqualTo(5);
	}

	@Test
	void policeEnterAVenueDirectlyAndItIsActiveAtOnce() {
		Api station = api.loginDemo("station");
		Map<String, Object> venue = VenueFixtures.filing(api);
		venue.put("trades", List.of("ENTERTAINMENT", "HOTEL"));
		Api.Response entered = station.post("/api/v1/venues", venue);
		assertThat(entered.status()).as(entered.body()).isEqualTo(201);
		assertThat(entered.json().path("status").asString()).isEqualTo("ACTIVE");
		assertThat(entered.json().path("code").asString()).matches("E500103\\d{6}");
		long id = entered.json().path("id").asLong();
		assertThat(VenueFixtures.events(station, id)).containsExactly("ENTERED");
		assertThat(station.get("/api/v1/venues?trade=ENTERTAINMENT&status=ACTIVE&size=200").json().path("items")
			.findValues("id")).extracting(JsonNode::asLong).contains(id);
		assertThat(station.get("/api/v1/venues?status=PENDING&size=200").json().path("items").findValues("id"))
			.extracting(JsonNode::asLong).doesNotContain(id);
		long district = io.zhian.support.Accounts.unitId(api.loginDemo("admin"), "500103000000");
		assertThat(api.loginDemo("district").get("/api/v1/venues?unitId=" + district + "&size=200").json()
			.path("items").findValues("id")).extracting(JsonNode::asLong).contains(id);
		// Police edit key fields directly; it is kept in the history.
		Map<String, Object> changed = filingOf(entered.json());
		changed.put("name", venue.get("name") + "·改");
		assertThat(station.put("/api/v1/venues/" + id, changed).status()).isEqualTo(200);
		assertThat(VenueFixtures.events(station, id)).containsExactly("ENTERED", "EDITED");
		// Handing the venue to a station beyond the officer's reach is refused.
		changed.put("stationUnitId", VenueFixtures.station(api, "500103020000"));
		assertThat(station.put("/api/v1/venues/" + id, changed).code()).isEqualTo("ZA-2009");
		assertThat(api.loginDemo("hotel").post("/api/v1/venues", venue).status()).isEqualTo(403);
	}

	@Test
	void venuesOutsideTheCallersScopeAreRefused() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.signUp(api, VenueFixtures.filing(api));
		String path = "/api/v1/venues/" + enterprise.venueId();
		Api neighbour = VenueFixtures.otherStationOfficer(api);
		assertThat(neighbour.get(path).code()).isEqualTo("ZA-2009");
		assertThat(neighbour.post(path + "/approve", Map.of()).code()).isEqualTo("ZA-2009");
		assertThat(neighbour.get("/api/v1/venue-reviews").json().path("filings").findValues("id"))
			.extracting(JsonNode::asLong).doesNotContain(enterprise.venueId());
		assertThat(neighbour.get("/api/v1/venues?size=200").json().path("items").findValues("id"))
			.extracting(JsonNode::asLong).doesNotContain(enterprise.venueId());
		Api otherClerk = api.loginDemo("hotel");
		assertThat(otherClerk.get(path).code()).isEqualTo("ZA-2009");
		assertThat(otherClerk.get(path + "/history").code()).isEqualTo("ZA-2009");
		assertThat(otherClerk.put(path, VenueFixtures.filing(api)).code()).isEqualTo("ZA-2009");
		assertThat(enterprise.clerk().get("/api/v1/venues").code()).isEqualTo("ZA-0102");
		assertThat(enterprise.clerk().get("/api/v1/venue-reviews").code()).isEqualTo("ZA-0102");
		assertThat(api.loginDemo("station").get("/api/v1/venues/987654321").code()).isEqualTo("ZA-5002");
		// The neighbouring officer did not change it.
		assertThat(enterprise.clerk().get(path).json().path("status").asString()).isEqualTo("PENDING");
	}

	/** The filing of a venue detail as a request body. */
	static Map<String, Object> filingOf(JsonNode detail) {
		Map<String, Object> filing = new HashMap<>();
		detail.path("filing").properties().forEach(e -> {
			JsonNode value = e.getValue();
			if (value.isArray()) {
				filing.put(e.getKey(),
						java.util.stream.StreamSupport.stream(value.spliterator(), false).map(JsonNode::asString)
							.toList());
			}
			else if (!value.isNull()) {
				filing.put(e.getKey(), value.isNumber() ? (Object) value.asLong() : value.asString());
			}
		});
		return filing;
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
