package io.zhian.supervision.enforcement;

import static io.zhian.supervision.enforcement.EnforcementFixtures.DEMO_STATION;
import static io.zhian.supervision.enforcement.EnforcementFixtures.OTHER_DISTRICT_STATION;
import static io.zhian.supervision.enforcement.EnforcementFixtures.unique;
import static io.zhian.supervision.enforcement.EnforcementFixtures.venueAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * 处罚 (issue 8 point 4): validation (fine amount, amounts where meaningless, unique decision number, the person's
 * document), masking and the audited full view, own-unit edits, data scope, statistics and the public list of
 * penalties against seal engravers.
 */
class PenaltiesTest extends io.zhian.support.IntegrationTest {

	private static final String PENALTIES = "/api/v1/penalties";

	private static Map<String, Object> venuePenalty(long venueId, String type, Object amount) {
		Map<String, Object> form = new HashMap<>();
		form.put("subjectKind", "VENUE");
		form.put("venueId", venueId);
		form.put("penaltyType", type);
		form.put("legalBasis", "《旅馆业治安管理办法》第十五条");
		form.put("reason", "未按规定登记住宿旅客信息");
		form.put("decidedOn", "2026-10-15");
		form.put("decisionNumber", unique("渝公(治)行罚决字〔2026〕"));
		form.put("amount", amount);
		return form;
	}

	private static Map<String, Object> personPenalty(String number, String type) {
		Map<String, Object> form = new HashMap<>();
		form.put("subjectKind", "PERSON");
		form.put("personDocumentType", "111");
		form.put("personDocumentNumber", number);
		form.put("personName", "赵处罚");
		form.put("penaltyType", type);
		form.put("legalBasis", "《治安管理处罚法》第四十三条");
		form.put("reason", "殴打他人");
		form.put("decidedOn", "2026-09-03");
		form.put("decisionNumber", unique("渝公(治)行罚决字〔2026〕"));
		return form;
	}

	@Test
	void aFineNeedsItsAmountAndAWarningRefusesOne() {
		long venue = venueAt(api, DEMO_STATION, "HOTEL");
		Api station = api.loginDemo("station");
		Api.Response noAmount = station.post(PENALTIES, venuePenalty(venue, "FINE", null));
		assertThat(noAmount.status()).isEqualTo(400);
		assertThat(noAmount.code()).isEqualTo("ZA-9050");
		assertThat(noAmount.json().path("errors").get(0).path("code").asString()).isEqualTo("ZA-9053");
		assertThat(station.post(PENALTIES, venuePenalty(venue, "WARNING", 500)).json().path("errors").get(0)
			.path("code").asString()).isEqualTo("ZA-9054");
		assertThat(station.post(PENALTIES, venuePenalty(venue, "DETENTION", null)).json().path("errors").get(0)
			.path("code").asString()).isEqualTo("ZA-9055");
		assertThat(station.post(PENALTIES, venuePenalty(venue, "FINE", -5)).json().path("errors").get(0)
			.path("field").asString()).isEqualTo("amount");
		assertThat(station.get(PENALTIES + "?venueId=" + venue).json().path("total").asLong()).isZero();

		Api.Response fined = station.post(PENALTIES, venuePenalty(venue, "FINE", 2000));
		assertThat(fined.status()).as(fined.body()).isEqualTo(201);
		assertThat(fined.json().path("amount").decimalValue()).isEqualByComparingTo("2000");
		assertThat(fined.json().path("jurisdiction").path("code").asString()).isEqualTo(DEMO_STATION);
		assertThat(fined.json().path("district").path("code").asString()).isEqualTo("500103000000");
		assertThat(fined.json().path("decidingUnit").path("code").asString()).isEqualTo(DEMO_STATION);
		assertThat(station.post(PENALTIES, venuePenalty(venue, "WARNING", null)).status()).isEqualTo(201);
	}

	@Test
	void aDecisionNumberIsUniqueWhateverItsCase() {
		long venue = venueAt(api, DEMO_STATION, "HOTEL");
		Api station = api.loginDemo("station");
		Map<String, Object> first = venuePenalty(venue, "WARNING", null);
		String number = unique("abc-");
		first.put("decisionNumber", number);
		assertThat(station.post(PENALTIES, first).status()).isEqualTo(201);
		Map<String, Object> second = venuePenalty(venue, "WARNING", null);
		second.put("decisionNumber", " " + number.toUpperCase() + " ");
		Api.Response taken = station.post(PENALTIES, second);
		assertThat(taken.status()).isEqualTo(409);
		assertThat(taken.code()).isEqualTo("ZA-9052");
		assertThat(station.get(PENALTIES + "?venueId=" + venue).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void aPersonIsCheckedByTheIdRulesMaskedAndShownInFullOnlyWithTheFullView() {
		Api station = api.loginDemo("station");
		String valid = TestIds.citizen("500103", "19880512", 337);
		String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
		Api.Response refused = station.post(PENALTIES, personPenalty(wrongCheck, "DETENTION"));
		assertThat(refused.code()).isEqualTo("ZA-9050");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("personDocumentNumber");
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("ZA-4103");
		assertThat(station.post(PENALTIES, personPenalty(valid, "LOWER_QUALIFICATION")).json().path("errors")
			.get(0).path("code").asString()).isEqualTo("ZA-9055");

		Api.Response detained = station.post(PENALTIES, personPenalty(valid.toLowerCase(), "DETENTION"));
		assertThat(detained.status()).as(detained.body()).isEqualTo(201);
		long id = detained.json().path("id").asLong();
		// Person penalties without a venue fall under the deciding unit, the station.
		assertThat(detained.json().path("jurisdiction").path("code").asString()).isEqualTo(DEMO_STATION);
		String shown = detained.json().path("person").path("documentNumber").asString();
		assertThat(shown).isNotEqualTo(valid).startsWith(valid.substring(0, 6)).endsWith(valid.substring(14));

		Api admin = api.loginDemo("admin");
		long before = audits(admin, id);
		Api city = api.loginDemo("city");
		// The city holds the full view (the station does not): the number in full, the view audited.
		assertThat(city.get(PENALTIES + "/" + id).json().path("person").path("documentNumber").asString())
			.isEqualTo(valid);
		assertThat(audits(admin, id)).isEqualTo(before + 1);
		assertThat(station.get(PENALTIES + "/" + id).json().path("person").path("documentNumber").asString())
			.contains("*");
		// The list finds the person by the full number whatever the reader sees.
		assertThat(station.get(PENALTIES + "?person=" + valid).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void onlyTheRecordingUnitEditsAndOthersOutsideTheScopeSeeNothing() {
		long venue = venueAt(api, DEMO_STATION, "ENTERTAINMENT");
		Api station = api.loginDemo("station");
		Api district = api.loginDemo("district");
		Api.Response added = station.post(PENALTIES, venuePenalty(venue, "SUSPEND_BUSINESS", null));
		long id = added.json().path("id").asLong();

		Map<String, Object> change = venuePenalty(venue, "FINE", 10000);
		assertThat(district.put(PENALTIES + "/" + id, change).code()).isEqualTo("ZA-9056");
		assertThat(district.delete(PENALTIES + "/" + id).code()).isEqualTo("ZA-9056");
		Api.Response edited = station.put(PENALTIES + "/" + id, change);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().path("penaltyType").asString()).isEqualTo("FINE");

		long elsewhere = venueAt(api, OTHER_DISTRICT_STATION, "HOTEL");
		Api.Response outside = station.post(PENALTIES, venuePenalty(elsewhere, "WARNING", null));
		assertThat(outside.json().path("errors").get(0).path("code").asString()).isEqualTo("ZA-2010");
		long theirs = api.loginDemo("city").post(PENALTIES, venuePenalty(elsewhere, "WARNING", null)).json().path("id")
			.asLong();
		assertThat(station.get(PENALTIES + "/" + theirs).code()).isEqualTo("ZA-9051");
		assertThat(district.get(PENALTIES + "?venueId=" + elsewhere).json().path("total").asLong()).isZero();

		assertThat(station.delete(PENALTIES + "/" + id).status()).isEqualTo(204);
		assertThat(station.get(PENALTIES + "/" + id).code()).isEqualTo("ZA-9051");
	}

	@Test
	void statisticsCountAndSumByPeriodTypeAndDistrict() {
		long venue = venueAt(api, OTHER_DISTRICT_STATION, "PAWN");
		Api city = api.loginDemo("city");
		for (String day : new String[] { "2019-02-10", "2019-02-20", "2019-05-01" }) {
			Map<String, Object> fine = venuePenalty(venue, "FINE", 1500.5);
			fine.put("decidedOn", day);
			assertThat(city.post(PENALTIES, fine).status()).isEqualTo(201);
		}
		Map<String, Object> warning = venuePenalty(venue, "WARNING", null);
		warning.put("decidedOn", "2019-05-02");
		city.post(PENALTIES, warning);

		JsonNode byType = city.get(PENALTIES + "/statistics?from=2019-01-01&to=2019-12-31&period=QUARTER&groupBy=TYPE")
			.json();
		assertThat(row(byType, "2019-Q1", "FINE").path("count").asLong()).isEqualTo(2);
		assertThat(row(byType, "2019-Q1", "FINE").path("amount").decimalValue()).isEqualByComparingTo("3001.00");
		assertThat(row(byType, "2019-Q1", "FINE").path("name").asString()).isEqualTo("罚款");
		assertThat(row(byType, "2019-Q2", "WARNING").path("count").asLong()).isEqualTo(1);
		assertThat(byType.path("count").asLong()).isEqualTo(4);
		assertThat(byType.path("amount").decimalValue()).isEqualByComparingTo("4501.50");

		JsonNode byDistrict = city.get(PENALTIES + "/statistics?from=2019-01-01&to=2019-12-31&period=YEAR&groupBy=DISTRICT")
			.json();
		assertThat(row(byDistrict, "2019", "500101000000").path("count").asLong()).isEqualTo(4);
		// 渝中区's district sees none of 万州区's penalties.
		assertThat(api.loginDemo("district")
			.get(PENALTIES + "/statistics?from=2019-01-01&to=2019-12-31&period=YEAR&groupBy=DISTRICT").json()
			.path("count").asLong()).isZero();
		Api.Response bad = city.get(PENALTIES + "/statistics?from=2019-12-31&to=2019-01-01");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.code()).isEqualTo("ZA-9057");
	}

	@Test
	void penaltiesAgainstSealEngraversArePublicAndPersonsNever() {
		long seal = venueAt(api, DEMO_STATION, "SEAL");
		Api station = api.loginDemo("station");
		Map<String, Object> form = venuePenalty(seal, "FINE", 3000);
		String number = (String) form.get("decisionNumber");
		assertThat(station.post(PENALTIES, form).status()).isEqualTo(201);
		Map<String, Object> atSeal = personPenalty(TestIds.citizen("500103", "19900101", 15), "WARNING");
		atSeal.put("venueId", seal);
		assertThat(station.post(PENALTIES, atSeal).status()).isEqualTo(201);

		JsonNode published = api.get("/api/v1/public/seal-penalties?size=200").json();
		assertThat(published.path("items").findValuesAsString("decisionNumber")).contains(number)
			.doesNotContain((String) atSeal.get("decisionNumber"));
		assertThat(published.toString()).doesNotContain("赵处罚");
	}

	private static JsonNode row(JsonNode table, String period, String code) {
		for (JsonNode row : table.path("rows")) {
			if (row.path("period").asString().equals(period) && row.path("code").asString().equals(code)) {
				return row;
			}
		}
		throw new AssertionError("no row " + period + " " + code + " in " + table);
	}

	private static long audits(Api admin, long id) {
		return admin.get("/api/v1/audit?entityType=Penalty&entityId=" + id + "&size=100").json().path("total").asLong();
	}
}
