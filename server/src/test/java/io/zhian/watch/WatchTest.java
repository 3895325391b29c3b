package io.zhian.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * Watch lists end to end against the real alarm module: an entry and a matching check-in raise a stored
 * alarm; an entry added after the fact finds the past record (倒查); city-wide entries wait for approval;
 * withdrawal needs its approver; a list imports with an error report; identity contradictions confirmed by
 * the clerk are stored and raise identity alarms.
 */
class WatchTest extends IntegrationTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IncompleteEventPublications events;

	private Api hotel;
	private Api station;
	private Api district;
	private Api city;

	@BeforeEach
	void signIn() {
		hotel = api.loginDemo("hotel");
		station = api.loginDemo("station");
		district = api.loginDemo("district");
		city = api.loginDemo("city");
	}

	/** A fresh valid ID number born on a day of 1933 only this test class uses. */
	private static String number() {
		int n = SEQUENCE.incrementAndGet();
		return TestIds.citizen("500103", "1933" + String.format("%02d%02d", 1 + n / 28 % 12, 1 + n % 28), n % 1000);
	}

	private long checkIn(Map<String, Object> guest) {
		Api.Response stored = hotel.post("/api/v1/records", Stays.checkIn(Stays.reference(), "1201", guest));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		return stored.json().path("id").asLong();
	}

	private JsonNode person(Api as, String number, String category, Boolean cityWide) {
		Map<String, Object> entry = new HashMap<>();
		entry.put("targetType", "PERSON");
		entry.put("documentType", "111");
		entry.put("documentNumber", number);
		entry.put("name", "布控测试");
		entry.put("category", category);
		entry.put("reason", "网上追逃");
		entry.put("cityWide", cityWide);
		Api.Response created = as.post("/api/v1/watch/entries", entry);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}

	/** The alarms about a document number the station sees, waiting up to 15 s for at least {@code atLeast}. */
	private JsonNode alarms(String number, int atLeast) throws InterruptedException {
		JsonNode items = null;
		for (int i = 0; i < 150; i++) {
			Api.Response found = station.get("/api/v1/alarms?documentNumber=" + number);
			assertThat(found.status()).as(found.body()).isEqualTo(200);
			items = found.json().path("items");
			if (items.size() >= atLeast) {
				return items;
			}
			Thread.sleep(100);
		}
		return items;
	}

	@Test
	void aCheckInOfAWatchedPersonRaisesOneStoredAlarm() throws Exception {
		String number = number();
		JsonNode entry = person(station, number, "FUGITIVE", null);
		assertThat(entry.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(entry.path("categoryName").asString()).isEqualTo("在逃人员");

		long recordId = checkIn(Stays.domesticGuest(number, "布控测试"));

		JsonNode alarms = alarms(number, 1);
		assertThat(alarms).hasSize(1);
		assertThat(alarms.get(0).path("kind").asString()).isEqualTo("WATCH_HIT");
		assertThat(alarms.get(0).path("level").asString()).isEqualTo("HIGH");
		assertThat(alarms.get(0).path("recordId").asLong()).isEqualTo(recordId);
		assertThat(alarms.get(0).path("retrospective").asBoolean()).isFalse();
		assertThat(jdbc.sql("select count(*) from alarm where watch_entry_id = ?").param(entry.path("id").asLong())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRecordDeliveredAgainRaisesNothingNew() throws Exception {
		String number = number();
		person(station, number, "FUGITIVE", null);
		long recordId = checkIn(Stays.domesticGuest(number, "重投测试"));
		assertThat(alarms(number, 1)).hasSize(1);

		// As after a crash between the comparison's commit and the outbox marking it done: the event is
		// delivered again, twice, through Spring Modulith's own resubmission.
		for (int delivery = 0; delivery < 2; delivery++) {
			UUID publication = awaitCompletedComparison(recordId);
			jdbc.sql("update event_publication set completion_date = null where id = ?").param(publication).update();
			events.resubmitIncompletePublications(p -> p.getIdentifier().equals(publication));
			awaitCompletedComparison(recordId);
		}
		assertThat(alarms(number, 1)).hasSize(1);
	}

	/** The outbox row of the record's comparison, once it is marked done. */
	private UUID awaitCompletedComparison(long recordId) throws InterruptedException {
		for (int i = 0; i < 150; i++) {
			List<UUID> done = jdbc.sql("""
					select id from event_publication where listener_id like '%RecordComparison%'
					and serialized_event like ? and completion_date is not null""")
				.param("%\"recordId\":" + recordId + ",%").query(UUID.class).list();
			if (!done.isEmpty()) {
				return done.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The comparison of record " + recordId + " was not marked done");
	}

	@Test
	void anEntryAddedLaterFindsThePastRecord() throws Exception {
		String number = number();
		long recordId = checkIn(Stays.domesticGuest(number, "倒查测试"));

		person(station, number, "WANTED_CONTROL", false);

		JsonNode alarms = alarms(number, 1);
		assertThat(alarms).hasSize(1);
		assertThat(alarms.get(0).path("recordId").asLong()).isEqualTo(recordId);
		assertThat(alarms.get(0).path("retrospective").asBoolean()).isTrue();
	}

	@Test
	void aVehicleOnAPastRecordIsFoundByPlate() throws Exception {
		String number = number();
		long recordId = checkIn(Stays.domesticGuest(number, "车辆测试"));
		// No trade reports vehicles yet: the row is written as a vehicle trade will write it.
		jdbc.sql("""
				insert into record_vehicle (record_id, occurred_at, venue_id, position, role, plate, vin)
				select id, occurred_at, venue_id, 0, 'VEHICLE', '渝B7W' || ?, null from record where id = ?""")
			.params(recordId % 1000, recordId).update();
		String plate = "渝B·7W" + (recordId % 1000);

		Api.Response created = station.post("/api/v1/watch/entries",
				Map.of("targetType", "VEHICLE", "plate", plate, "category", "STOLEN_VEHICLE"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);

		JsonNode found = null;
		for (int i = 0; i < 150; i++) {
			found = station.get("/api/v1/alarms?kind=WATCH_HIT").json().path("items");
			if (found.findValuesAsString("subjectValue").contains("渝B7W" + (recordId % 1000))) {
				break;
			}
			Thread.sleep(100);
		}
		assertThat(found.findValuesAsString("subjectValue")).contains("渝B7W" + (recordId % 1000));
	}

	@Test
	void aCityWideEntryWaitsForApprovalAndWithdrawalNeedsItsApprover() {
		String number = number();
		JsonNode entry = person(district, number, "DRUG", true);
		long id = entry.path("id").asLong();
		assertThat(entry.path("status").asString()).isEqualTo("PENDING");

		assertThat(district.post("/api/v1/watch/entries/" + id + "/approve", "{}").status()).isEqualTo(403);
		assertThat(city.get("/api/v1/watch/entries?status=PENDING").json().path("items").findValuesAsString("documentNumber"))
			.contains(number);
		JsonNode approved = city.post("/api/v1/watch/entries/" + id + "/approve", "{}").json();
		assertThat(approved.path("status").asString()).isEqualTo("ACTIVE");
		assertThat(approved.path("approvedBy").asString()).isNotBlank();
		assertThat(city.post("/api/v1/watch/entries/" + id + "/approve", "{}").code()).isEqualTo("ZA-8007");

		Api.Response incomplete = district.post("/api/v1/watch/entries/" + id + "/withdraw", Map.of("approver", "王局"));
		assertThat(incomplete.code()).isEqualTo("ZA-8008");
		JsonNode withdrawn = district.post("/api/v1/watch/entries/" + id + "/withdraw",
				Map.of("approvingUnit", "渝中区分局", "approver", "王局", "reason", "已抓获")).json();
		assertThat(withdrawn.path("status").asString()).isEqualTo("WITHDRAWN");
		assertThat(withdrawn.path("withdrawalApprover").asString()).isEqualTo("王局");
		assertThat(station.get("/api/v1/watch/entries/" + id).json().path("status").asString()).isEqualTo("WITHDRAWN");
	}

	@Test
	void aBadEntryIsRefusedWithEveryWrongField() {
		Api.Response refused = station.post("/api/v1/watch/entries",
				Map.of("targetType", "PERSON", "documentType", "111", "documentNumber", "500103193301010011",
						"category", "NOPE"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-8001");
		assertThat(refused.json().path("errors").findValuesAsString("code")).contains("ZA-4103", "ZA-8004");
		assertThat(station.post("/api/v1/watch/entries", Map.of("targetType", "BOAT", "category", "FUGITIVE"))
			.json().path("errors").findValuesAsString("code")).contains("ZA-8002");
		assertThat(station.post("/api/v1/watch/entries", Map.of("targetType", "VEHICLE", "category", "STOLEN_VEHICLE"))
			.json().path("errors").findValuesAsString("code")).contains("ZA-8003");
	}

	@Test
	void aListImportsAsAVersionWithAnErrorReportAndIsCompared() throws Exception {
		String first = number();
		String second = number();
		String csv = "documentType,documentNumber,name,reason\n111," + first + ",导入甲,网上追逃\n"
				+ "111,500103193301010011,坏行,校验位错误\n111," + second + ",导入乙,\n";
		Api.Response started = city.upload("/api/v1/watch/imports?listName=全国在逃人员测试&category=FUGITIVE",
				"fugitives.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8), Map.of());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		long id = started.json().path("id").asLong();

		JsonNode job = waitForImport(id);
		assertThat(job.path("status").asString()).isEqualTo("DONE");
		assertThat(job.path("rowsRead").asInt()).isEqualTo(3);
		assertThat(job.path("rowsLoaded").asInt()).isEqualTo(2);
		assertThat(job.path("rowsRefused").asInt()).isEqualTo(1);
		Api.Response report = city.get("/api/v1/watch/imports/" + id + "/errors");
		assertThat(report.status()).isEqualTo(200);
		assertThat(report.body()).contains("3,documentNumber,ZA-4103");

		checkIn(Stays.domesticGuest(second, "导入乙"));
		assertThat(alarms(second, 1)).hasSize(1);

		// A second version replaces the first whole: the first number is no longer watched.
		Api.Response again = city.upload("/api/v1/watch/imports?listName=全国在逃人员测试&category=FUGITIVE",
				"fugitives.csv", "text/csv", ("证件类型,证件号码,姓名\n111," + second + ",导入乙\n").getBytes(StandardCharsets.UTF_8),
				Map.of());
		JsonNode replaced = waitForImport(again.json().path("id").asLong());
		assertThat(replaced.path("version").asInt()).isEqualTo(2);
		assertThat(city.get("/api/v1/watch/entries?listId=" + replaced.path("listId").asLong()).json().path("total")
			.asLong()).isEqualTo(1);
	}

	private JsonNode waitForImport(long id) throws InterruptedException {
		JsonNode job = null;
		for (int i = 0; i < 200; i++) {
			job = city.get("/api/v1/watch/imports/" + id).json();
			if (!List.of("RECEIVED", "RUNNING").contains(job.path("status").asString())) {
				return job;
			}
			Thread.sleep(100);
		}
		return job;
	}

	@Test
	void aConfirmedWrongCheckCharacterIsStoredAndRaisesAnIdentityAlarm() throws Exception {
		String valid = number();
		char wrong = valid.charAt(17) == '1' ? '2' : '1';
		String number = valid.substring(0, 17) + wrong;
		Map<String, Object> guest = Stays.domesticGuest(number, "身份测试");

		Api.Response refused = hotel.post("/api/v1/records", Stays.checkIn(Stays.reference(), "1202", guest));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("ZA-4103");

		guest.put("identityConfirmed", true);
		guest.put("sex", "1");
		guest.put("birthDate", "1933-01-01");
		// A number that fails its check tells no region: the clerk gives it.
		guest.put("regionCode", "500103");
		checkIn(guest);
		JsonNode alarms = alarms(number, 1);
		assertThat(alarms.findValuesAsString("kind")).containsOnly("IDENTITY");
	}

	@Test
	void oneNumberWithTwoNamesRaisesAnIdentityAlarm() throws Exception {
		String number = number();
		checkIn(Stays.domesticGuest(number, "张同号"));
		checkIn(Stays.domesticGuest(number, "李同号"));
		JsonNode alarms = alarms(number, 1);
		assertThat(alarms.findValuesAsString("kind")).containsExactly("IDENTITY");
		assertThat(alarms.get(0).path("summary").asString()).contains("李同号", "张同号");
	}

	static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.ofHours(8));
	}
}
