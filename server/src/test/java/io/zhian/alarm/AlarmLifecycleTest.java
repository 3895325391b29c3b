package io.zhian.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.support.Accounts;
import io.zhian.support.AlarmStreamClient;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.venue.VenueFixtures;
import tools.jackson.databind.JsonNode;

/** The steps of an alarm through the API, live pushes, escalation, reassignment and the publish switch. */
class AlarmLifecycleTest extends IntegrationTest {

	@Autowired
	AlarmRaiser raiser;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Escalation escalation;

	private long raise(AlarmRequest request) {
		return transactions.execute(status -> raiser.raise(request)).orElseThrow();
	}

	private long raiseAtDemoHotel() {
		return raise(Alarms.fugitiveAt(Alarms.demoHotel(jdbc), AlarmRaiseTest.newNumber(), "赵处置"));
	}

	@Test
	void anAlarmGoesFromSignedToClosedAndRefusesStepsOutOfOrder() {
		long id = raiseAtDemoHotel();
		Api station = api.loginDemo("station");
		String path = "/api/v1/alarms/" + id;

		assertThat(station.post(path + "/feedback", Map.of("outcome", "ARRESTED")).code())
			.as("feedback before signing").isEqualTo("ZA-8102");
		assertThat(station.post(path + "/sign", Map.of()).json().path("status").asString()).isEqualTo("SIGNED");
		assertThat(station.post(path + "/sign", Map.of()).code()).as("signed twice").isEqualTo("ZA-8102");
		assertThat(station.post(path + "/handle", Map.of("action", " ")).code()).isEqualTo("ZA-8103");
		JsonNode handled = station.post(path + "/handle", Map.of("action", "出警至酒店 1203 房间")).json();
		assertThat(handled.path("status").asString()).isEqualTo("HANDLED");
		assertThat(handled.path("handlingAction").asString()).isEqualTo("出警至酒店 1203 房间");
		assertThat(station.post(path + "/feedback", Map.of("outcome", "CAUGHT")).code()).isEqualTo("ZA-8104");
		JsonNode answered = station.post(path + "/feedback", Map.of("outcome", "ARRESTED", "note", "已移交刑侦")).json();
		assertThat(answered.path("status").asString()).isEqualTo("FEEDBACK");
		assertThat(answered.path("outcome").asString()).isEqualTo("ARRESTED");
		assertThat(station.post(path + "/close", Map.of()).json().path("status").asString()).isEqualTo("CLOSED");

		Api.Response refused = station.post(path + "/sign", Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.code()).isEqualTo("ZA-8102");
		JsonNode detail = station.get(path).json();
		assertThat(detail.path("alarm").path("status").asString()).as("unchanged by the refusal").isEqualTo("CLOSED");
		assertThat(detail.path("alarm").path("signedAt").isNull()).isFalse();
		assertThat(detail.path("alarm").path("documentNumber").asString()).as("the handler sees it in full")
			.doesNotContain("*");
		assertThat(detail.path("actions").findValuesAsString("action"))
			.containsExactly("RAISE", "SIGN", "HANDLE", "FEEDBACK", "CLOSE");
		assertThat(detail.path("actions").get(1).path("actorName").asString()).isEqualTo("王晓东");
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Alarm' and entity_id = ?"
				+ " and action = 'UPDATE'").param(Long.toString(id)).query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void theStationsOpenStreamReceivesItsAlarmsAndNoOtherStationsAlarms() throws Exception {
		Api station = api.loginDemo("station");
		Api neighbour = VenueFixtures.otherStationOfficer(api);
		long neighbourStation = Accounts.unitId(api.loginDemo("admin"), "500103020000");
		try (AlarmStreamClient ours = new AlarmStreamClient(station.base(), station.token());
				AlarmStreamClient theirs = new AlarmStreamClient(neighbour.base(), neighbour.token())) {
			ours.next("ready", Duration.ofSeconds(10));
			theirs.next("ready", Duration.ofSeconds(10));

			long id = raiseAtDemoHotel();
			JsonNode pushed = ours.next("alarm", Duration.ofSeconds(10)).data();
			assertThat(pushed.path("id").asLong()).isEqualTo(id);
			assertThat(pushed.path("status").asString()).isEqualTo("RAISED");
			assertThat(pushed.path("documentNumber").asString()).as("masked as in the list").contains("*");

			long theirsId = raise(new AlarmRequest(AlarmKind.IDENTITY, AlarmLevel.MEDIUM, "test:" + UUID.randomUUID(),
					null, null, null, "PERSON", "111", AlarmRaiseTest.newNumber(), "钱邻所", null, null, "ID_NAME_MISMATCH",
					neighbourStation, false, "证件与姓名不符"));
			assertThat(theirs.next("alarm", Duration.ofSeconds(10)).data().path("id").asLong())
				.as("the neighbour's first alarm is its own, not ours").isEqualTo(theirsId);

			station.post("/api/v1/alarms/" + id + "/sign", Map.of());
			JsonNode signed = ours.next("alarm", Duration.ofSeconds(10)).data();
			assertThat(signed.path("id").asLong()).isEqualTo(id);
			assertThat(signed.path("status").asString()).isEqualTo("SIGNED");
		}
	}

	@Test
	void anAlarmNotSignedInTimeEscalatesToTheDistrictAndTextsItsDutyOfficer() {
		Api admin = api.loginDemo("admin");
		long district = Accounts.unitId(admin, "500103000000");
		long station = Accounts.unitId(admin, "500103010000");
		assertThat(admin.put("/api/v1/alarms/duty-officers/" + district, Map.of("officerName", "值班员甲", "phone",
				"13900000001")).status()).isEqualTo(200);
		assertThat(admin.put("/api/v1/alarms/duty-officers/" + station, Map.of("officerName", "值班员乙", "phone",
				"1390000")).code()).isEqualTo("ZA-8108");
		long id = raiseAtDemoHotel();

		clock.advance(Duration.ofMinutes(16));
		escalation.escalateOverdue();
		JsonNode alarm = api.loginDemo("district").get("/api/v1/alarms/" + id).json().path("alarm");
		assertThat(alarm.path("escalated").asBoolean()).isTrue();
		assertThat(alarm.path("escalatedUnit").path("id").asLong()).isEqualTo(district);
		assertThat(alarm.path("status").asString()).isEqualTo("RAISED");
		assertThat(api.loginDemo("district").get("/api/v1/alarms?escalated=true&size=200").json().path("items")
			.findValuesAsString("id")).contains(Long.toString(id));

		JsonNode texts = admin.get("/api/v1/alarms/sms-outbox?alarmId=" + id).json().path("items");
		assertThat(texts.findValuesAsString("phone")).contains("13900000001");
		assertThat(texts.findValuesAsString("message")).anyMatch(text -> text.contains("超时未签收"));
		assertThat(api.loginDemo("station").get("/api/v1/alarms/sms-outbox").status()).isEqualTo(403);
	}

	@Test
	void aReassignedAlarmLeavesTheStationAndMustBeSignedAgain() {
		long id = raiseAtDemoHotel();
		Api station = api.loginDemo("station");
		long neighbourStation = Accounts.unitId(api.loginDemo("admin"), "500103020000");
		station.post("/api/v1/alarms/" + id + "/sign", Map.of());
		assertThat(station.post("/api/v1/alarms/" + id + "/reassign", Map.of("unitId", 999_999)).code())
			.isEqualTo("ZA-8105");
		long stationOfficer = jdbc.sql("select id from org_user where username = 'station'").query(Long.class).single();
		assertThat(station.post("/api/v1/alarms/" + id + "/reassign", Map.of("unitId", neighbourStation, "officerId",
				stationOfficer)).code()).as("an officer of another unit").isEqualTo("ZA-8105");

		JsonNode moved = station.post("/api/v1/alarms/" + id + "/reassign", Map.of("unitId", neighbourStation,
				"reason", "属邻所辖区")).json();
		assertThat(moved.path("status").asString()).isEqualTo("RAISED");
		assertThat(moved.path("unit").path("id").asLong()).isEqualTo(neighbourStation);
		assertThat(station.get("/api/v1/alarms/" + id).code()).isEqualTo("ZA-8101");
		Api neighbour = VenueFixtures.otherStationOfficer(api);
		assertThat(neighbour.post("/api/v1/alarms/" + id + "/sign", Map.of()).json().path("status").asString())
			.isEqualTo("SIGNED");
	}

	@Test
	void thePublishSwitchHoldsMatchingAlarmsForReviewers() {
		Api admin = api.loginDemo("admin");
		String category = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
		assertThat(admin.put("/api/v1/alarms/review-rules", List.of(Map.of("kind", "NOPE"))).code())
			.isEqualTo("ZA-8109");
		JsonNode before = admin.get("/api/v1/alarms/review-rules").json();
		admin.put("/api/v1/alarms/review-rules", List.of(Map.of("kind", "HIGH_RISK_REGION", "category", category)));
		try {
			AlarmRequest arrival = new AlarmRequest(AlarmKind.HIGH_RISK_REGION, AlarmLevel.LOW, "test:" + UUID.randomUUID(),
					Alarms.demoHotel(jdbc), null, null, "PERSON", "111", AlarmRaiseTest.newNumber(), "孙来访", null, null,
					category, null, false, "高危地区人员入住");
			long id = raise(arrival);
			Api station = api.loginDemo("station");
			assertThat(station.get("/api/v1/alarms/" + id).code()).as("unpublished").isEqualTo("ZA-8101");
			Api city = api.loginDemo("city");
			assertThat(city.get("/api/v1/alarms/" + id).json().path("alarm").path("review").asString())
				.isEqualTo("PENDING");
			assertThat(city.post("/api/v1/alarms/" + id + "/sign", Map.of()).code()).isEqualTo("ZA-8102");
			assertThat(station.post("/api/v1/alarms/" + id + "/release", Map.of()).status()).isEqualTo(403);
			assertThat(city.post("/api/v1/alarms/" + id + "/release", Map.of()).json().path("review").asString())
				.isEqualTo("PUBLISHED");
			assertThat(city.post("/api/v1/alarms/" + id + "/release", Map.of()).code()).isEqualTo("ZA-8106");
			assertThat(station.get("/api/v1/alarms/" + id).json().path("alarm").path("status").asString())
				.isEqualTo("RAISED");
		}
		finally {
			admin.put("/api/v1/alarms/review-rules", before);
		}
	}

	@Test
	void theOutcomeCodeTableIsServed() {
		assertThat(api.loginDemo("station").get("/api/v1/alarms/outcomes").json().findValuesAsString("code"))
			.contains("ARRESTED", "VERIFIED_HARMLESS", "NOT_FOUND");
	}
}
