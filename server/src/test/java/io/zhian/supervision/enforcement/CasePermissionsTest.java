package io.zhian.supervision.enforcement;

import static io.zhian.supervision.enforcement.EnforcementFixtures.DEMO_STATION;
import static io.zhian.supervision.enforcement.EnforcementFixtures.NEIGHBOUR_STATION;
import static io.zhian.supervision.enforcement.EnforcementFixtures.OTHER_DISTRICT_STATION;
import static io.zhian.supervision.enforcement.EnforcementFixtures.venueAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import tools.jackson.databind.JsonNode;

/**
 * 发案 permissions (spec C3 variant B, issue 8 point 5): a station registers for its own venues, a district for its
 * district's, the city anywhere; only the registering unit edits or deletes; an edit empties the upload flag.
 */
class CasePermissionsTest extends io.zhian.support.IntegrationTest {

	private static final String CASES = "/api/v1/cases";

	private static Map<String, Object> form(long venueId, String summary) {
		Map<String, Object> form = new HashMap<>();
		form.put("venueId", venueId);
		form.put("publicOrderType", "HOTEL_REGISTRATION");
		form.put("occurredOn", "2026-11-01");
		form.put("summary", summary);
		form.put("penalised", true);
		return form;
	}

	@Test
	void eachLevelAddsWithinItsJurisdictionOnly() {
		long own = venueAt(api, DEMO_STATION, "HOTEL");
		long neighbour = venueAt(api, NEIGHBOUR_STATION, "HOTEL");
		long elsewhere = venueAt(api, OTHER_DISTRICT_STATION, "HOTEL");
		Api station = api.loginDemo("station");
		Api district = api.loginDemo("district");
		Api city = api.loginDemo("city");

		assertThat(station.post(CASES, form(own, "本所场所")).status()).isEqualTo(201);
		Api.Response refused = station.post(CASES, form(neighbour, "邻所场所"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-9060");
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("ZA-2010");

		assertThat(district.post(CASES, form(neighbour, "分局辖区")).status()).isEqualTo(201);
		assertThat(district.post(CASES, form(elsewhere, "外区")).code()).isEqualTo("ZA-9060");

		Api.Response anywhere = city.post(CASES, form(elsewhere, "市局登记"));
		assertThat(anywhere.status()).as(anywhere.body()).isEqualTo(201);
		JsonNode c = anywhere.json();
		assertThat(c.path("station").path("code").asString()).isEqualTo(OTHER_DISTRICT_STATION);
		assertThat(c.path("owningUnit").path("code").asString()).isEqualTo("500101000000");
		assertThat(c.path("registrantName").asString()).isEqualTo("陈立新");
		assertThat(c.path("venue").path("trades").get(0).asString()).isEqualTo("HOTEL");

		// Query within scope: the station does not see the other district's case, the city sees all.
		assertThat(station.get(CASES + "?venueId=" + elsewhere).json().path("total").asLong()).isZero();
		assertThat(city.get(CASES + "?venueId=" + elsewhere).json().path("total").asLong()).isEqualTo(1);
		assertThat(district.get(CASES + "?venueId=" + neighbour).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void onlyTheRegisteringUnitEditsOrDeletesAndAnEditIsUploadedAgain() {
		long venue = venueAt(api, DEMO_STATION, "PAWN");
		Api station = api.loginDemo("station");
		Api district = api.loginDemo("district");
		Api city = api.loginDemo("city");
		Api.Response added = station.post(CASES, form(venue, "典当行收赃"));
		long id = added.json().path("id").asLong();
		assertThat(added.json().path("uploaded").asBoolean()).isFalse();
		assertThat(added.json().path("editable").asBoolean()).isTrue();

		// The exchange carries revision 1 and acknowledges it: the case is uploaded.
		assertThat(pendingIds(city)).contains(id);
		Api.Response ack = city.post(CASES + "/uploads/acknowledge", Map.of("cases", List.of(Map.of("id", id, "revision", 1))));
		assertThat(ack.json().path("marked").asInt()).as(ack.body()).isEqualTo(1);
		assertThat(city.get(CASES + "/" + id).json().path("uploaded").asBoolean()).isTrue();
		assertThat(pendingIds(city)).doesNotContain(id);
		// A station cannot acknowledge uploads for the superior bureau.
		assertThat(station.post(CASES + "/uploads/acknowledge", Map.of("cases", List.of(Map.of("id", id, "revision", 1))))
			.code()).isEqualTo("ZA-2009");

		// The district and the city see it but may not change it: they did not register it.
		assertThat(district.get(CASES + "/" + id).json().path("editable").asBoolean()).isFalse();
		Map<String, Object> changed = form(venue, "典当行收赃，已查明");
		Api.Response notOwn = district.put(CASES + "/" + id, changed);
		assertThat(notOwn.status()).isEqualTo(403);
		assertThat(notOwn.code()).isEqualTo("ZA-9062");
		assertThat(city.delete(CASES + "/" + id).code()).isEqualTo("ZA-9062");
		assertThat(city.get(CASES + "/" + id).json().path("summary").asString()).isEqualTo("典当行收赃");

		Api.Response edited = station.put(CASES + "/" + id, changed);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("revision").asInt()).isEqualTo(2);
		assertThat(edited.json().path("uploaded").asBoolean()).isFalse();
		assertThat(pendingIds(city)).contains(id);
		// A late acknowledgement of the old revision does not hide the edit.
		assertThat(city.post(CASES + "/uploads/acknowledge", Map.of("cases", List.of(Map.of("id", id, "revision", 1))))
			.json().path("marked").asInt()).isZero();
		assertThat(city.get(CASES + "/" + id).json().path("uploaded").asBoolean()).isFalse();

		assertThat(station.delete(CASES + "/" + id).status()).isEqualTo(204);
		assertThat(station.get(CASES + "/" + id).code()).isEqualTo("ZA-9061");
		// The deletion itself waits for upload.
		JsonNode tombstone = pending(city).stream().filter(c -> c.path("id").asLong() == id).findFirst().orElseThrow();
		assertThat(tombstone.path("deletedAt").isNull()).isFalse();
	}

	@Test
	void aBadCaseIsRefusedFieldByFieldAndNothingIsStored() {
		long venue = venueAt(api, DEMO_STATION, "SCRAP_METAL");
		Api station = api.loginDemo("station");
		Map<String, Object> bad = new HashMap<>();
		bad.put("venueId", venue);
		bad.put("criminalType", "NO_SUCH_TYPE");
		bad.put("occurredOn", "2099-01-01");
		bad.put("summary", " ");
		Api.Response refused = station.post(CASES, bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-9060");
		assertThat(refused.json().path("errors").findValuesAsString("field")).contains("criminalType", "occurredOn",
				"summary");
		Map<String, Object> untyped = form(venue, "无类型");
		untyped.remove("publicOrderType");
		assertThat(station.post(CASES, untyped).json().path("errors").findValuesAsString("code")).contains("ZA-9063");
		assertThat(station.get(CASES + "?venueId=" + venue).json().path("total").asLong()).isZero();

		Map<String, Object> withHandling = form(venue, "收购盗窃电缆");
		withHandling.put("criminalType", "PUBLIC_FACILITY_DAMAGE");
		withHandling.put("handling", "已移交刑侦大队");
		Api.Response added = station.post(CASES, withHandling);
		assertThat(added.status()).as(added.body()).isEqualTo(201);
		assertThat(added.json().path("handling").asString()).isEqualTo("已移交刑侦大队");
	}

	private static List<JsonNode> pending(Api city) {
		List<JsonNode> out = new java.util.ArrayList<>();
		city.get(CASES + "/uploads/pending?limit=500").json().forEach(out::add);
		return out;
	}

	private static List<Long> pendingIds(Api city) {
		return pending(city).stream().map(c -> c.path("id").asLong()).toList();
	}
}
