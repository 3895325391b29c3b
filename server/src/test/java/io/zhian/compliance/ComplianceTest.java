package io.zhian.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import io.zhian.venue.VenueFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Upload compliance over venues and records made through the API. The shared database holds the demo city and
 * other tests' venues, so every assertion is about this test's own venues; the days evaluated lie weeks back,
 * where only these fixtures report, and the clock is moved back so records arrive when they would have.
 */
class ComplianceTest extends IntegrationTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final AtomicInteger GUESTS = new AtomicInteger(100);

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DailyEvaluationSchedule schedule;

	@Test
	void aDayCountsRecordsAgainstTheMinimumAndTracksSilenceAndDelay() {
		LocalDate d0 = LocalDate.now(CHINA).minusDays(20);
		VenueFixtures.Enterprise strict = activeSince(d0.minusDays(1));
		VenueFixtures.Enterprise plain = activeSince(d0.minusDays(1));
		Api station = api.loginDemo("station");
		assertThat(station.put("/api/v1/compliance/venues/" + strict.venueId() + "/minimum", Map.of("minimum", 3))
			.json().path("effective").asInt()).isEqualTo(3);

		// d0: two prompt records where three are required; one record received an hour after it happened.
		receiveAt(at(d0, 10, 5));
		checkIn(strict, at(d0, 10, 0));
		checkIn(strict, at(d0, 10, 1));
		checkIn(plain, at(d0, 9, 0));
		// d0+2: the plain venue reports again, promptly; the strict one stays silent.
		receiveAt(at(d0.plusDays(2), 20, 3));
		checkIn(plain, at(d0.plusDays(2), 20, 0));
		clock.reset();

		Api admin = api.loginDemo("admin");
		for (int i = 0; i < 3; i++) {
			assertThat(admin.post("/api/v1/compliance/evaluations?day=" + d0.plusDays(i), "").status()).isEqualTo(200);
		}

		JsonNode strictD0 = row(station, d0, strict.venueId());
		assertThat(strictD0.path("records").asInt()).isEqualTo(2);
		assertThat(strictD0.path("minimum").asInt()).isEqualTo(3);
		assertThat(strictD0.path("belowMinimum").asBoolean()).isTrue();
		assertThat(strictD0.path("noUpload").asBoolean()).isFalse();
		assertThat(strictD0.path("delayed").asInt()).isZero();
		JsonNode plainD0 = row(station, d0, plain.venueId());
		assertThat(plainD0.path("minimum").asInt()).as("the hotel trade's default").isEqualTo(1);
		assertThat(plainD0.path("belowMinimum").asBoolean()).isFalse();
		assertThat(plainD0.path("delayed").asInt()).isEqualTo(1);

		JsonNode strictD1 = row(station, d0.plusDays(1), strict.venueId());
		assertThat(strictD1.path("noUpload").asBoolean()).isTrue();
		assertThat(strictD1.path("belowMinimum").asBoolean()).as("zero is no upload, not below minimum").isFalse();
		assertThat(strictD1.path("daysWithoutUpload").asInt()).isEqualTo(1);
		assertThat(row(station, d0.plusDays(2), strict.venueId()).path("daysWithoutUpload").asInt()).isEqualTo(2);
		JsonNode plainD2 = row(station, d0.plusDays(2), plain.venueId());
		assertThat(plainD2.path("noUpload").asBoolean()).isFalse();
		assertThat(plainD2.path("daysWithoutUpload").asInt()).isZero();
		assertThat(plainD2.path("delayed").asInt()).isZero();
		assertThat(Instant.parse(plainD2.path("lastUploadAt").asString()))
			.isBetween(at(d0.plusDays(2), 20, 3).toInstant(), at(d0.plusDays(2), 20, 4).toInstant());

		assertThat(venueIds(station, d0, "BELOW_MINIMUM")).contains(strict.venueId()).doesNotContain(plain.venueId());
		assertThat(venueIds(station, d0, "DELAYED")).contains(plain.venueId()).doesNotContain(strict.venueId());
		assertThat(venueIds(station, d0.plusDays(1), "NO_UPLOAD")).contains(strict.venueId(), plain.venueId());

		JsonNode trend = station.get("/api/v1/compliance/trend?from=" + d0 + "&to=" + d0.plusDays(2)).json();
		assertThat(trend.findValuesAsString("day")).containsExactly(d0.toString(), d0.plusDays(1).toString(),
				d0.plusDays(2).toString());
		assertThat(trend.get(1).path("noUpload").asLong()).isGreaterThanOrEqualTo(2);
		JsonNode summary = station.get("/api/v1/compliance/summary?day=" + d0).json();
		assertThat(summary.path("normal").asLong() + summary.path("belowMinimum").asLong()
				+ summary.path("noUpload").asLong()).isEqualTo(summary.path("venues").asLong());
		assertThat(summary.path("belowMinimum").asLong()).isGreaterThanOrEqualTo(1);

		// Over the period: each venue's days without upload, below minimum and delayed added up (C10 累计).
		String period = "/api/v1/compliance/period?size=200&from=" + d0 + "&to=" + d0.plusDays(2);
		JsonNode strictPeriod = periodRow(station.get(period).json(), strict.venueId());
		assertThat(strictPeriod.path("evaluatedDays").asInt()).isEqualTo(3);
		assertThat(strictPeriod.path("noUploadDays").asInt()).isEqualTo(2);
		assertThat(strictPeriod.path("belowMinimumDays").asInt()).isEqualTo(1);
		assertThat(strictPeriod.path("longestSilence").asInt()).isEqualTo(2);
		assertThat(strictPeriod.path("records").asLong()).isEqualTo(2);
		JsonNode plainPeriod = periodRow(station.get(period).json(), plain.venueId());
		assertThat(plainPeriod.path("noUploadDays").asInt()).isEqualTo(1);
		assertThat(plainPeriod.path("delayedDays").asInt()).isEqualTo(1);
		assertThat(plainPeriod.path("delayedRecords").asLong()).isEqualTo(1);
		assertThat(plainPeriod.path("records").asLong()).isEqualTo(2);
		JsonNode belowMinimum = station.get(period + "&problem=BELOW_MINIMUM").json();
		assertThat(belowMinimum.path("items").findValues("venueId").stream().map(JsonNode::asLong).toList())
			.contains(strict.venueId()).doesNotContain(plain.venueId());
		assertThat(station.get("/api/v1/compliance/period?from=" + d0.plusDays(2) + "&to=" + d0).code())
			.isEqualTo("ZA-7202");

		// Re-running a day replaces its rows with the same ones.
		admin.post("/api/v1/compliance/evaluations?day=" + d0, "");
		assertThat(row(station, d0, strict.venueId())).isEqualTo(strictD0);
		assertThat(station.get("/api/v1/compliance/summary?day=" + d0).json().path("venues"))
			.isEqualTo(summary.path("venues"));
	}

	@Test
	void theScheduledJobCatchesUpTheDaysItMissed() {
		LocalDate missed = LocalDate.now(CHINA).minusDays(3);
		VenueFixtures.Enterprise venue = activeSince(missed.minusDays(1));
		jdbc.sql("delete from compliance_day where day = ?").param(missed).update();
		jdbc.sql("delete from compliance_run where day = ?").param(missed).update();

		schedule.evaluateMissedDays();

		assertThat(jdbc.sql("select evaluated_by from compliance_run where day = ?").param(missed)
			.query(String.class).single()).isEqualTo("system");
		assertThat(row(api.loginDemo("station"), missed, venue.venueId()).path("noUpload").asBoolean()).isTrue();
		// Every day of the catch-up window (zhian.compliance.catch-up-days, 31) is evaluated: none is left out.
		LocalDate yesterday = LocalDate.now(CHINA).minusDays(1);
		assertThat(jdbc.sql("select count(*) from compliance_run where day between ? and ?")
			.params(yesterday.minusDays(30), yesterday).query(Long.class).single()).isEqualTo(31);
	}

	@Test
	void suspendedCancelledAndPendingVenuesAreNotEvaluated() {
		LocalDate day = LocalDate.now(CHINA).minusDays(25);
		VenueFixtures.Enterprise active = activeSince(day.minusDays(3));
		VenueFixtures.Enterprise suspended = activeSince(day.minusDays(3));
		VenueFixtures.Enterprise cancelled = activeSince(day.minusDays(3));
		VenueFixtures.Enterprise suspendedSince = activeSince(day.minusDays(3));
		Api station = api.loginDemo("station");
		assertThat(station.post("/api/v1/venues/" + suspended.venueId() + "/suspend", Map.of("reason", "停业整顿"))
			.status()).isEqualTo(200);
		assertThat(station.post("/api/v1/venues/" + cancelled.venueId() + "/cancel", Map.of("reason", "企业歇业"))
			.status()).isEqualTo(200);
		assertThat(station.post("/api/v1/venues/" + suspendedSince.venueId() + "/suspend",
				Map.of("reason", "停业整顿")).status()).isEqualTo(200);
		Timestamp dayBefore = Timestamp.from(day.minusDays(1).atTime(12, 0).atZone(CHINA).toInstant());
		backdate(suspended, "SUSPENDED", dayBefore);
		backdate(cancelled, "CANCELLED", dayBefore);

		api.loginDemo("admin").post("/api/v1/compliance/evaluations?day=" + day, "");

		assertThat(venueIds(station, day, "NO_UPLOAD")).contains(active.venueId())
			.doesNotContain(suspended.venueId(), cancelled.venueId());
		// Suspended today, but trading on the day evaluated: judged by the status it had then.
		assertThat(venueIds(station, day, "NO_UPLOAD")).contains(suspendedSince.venueId());
		assertThat(row(station, day, active.venueId()).path("daysWithoutUpload").asInt())
			.as("silent every day since the day of its approval").isEqualTo(4);
	}

	@Test
	void policeSeeOnlyTheirScopeAndRemindAVenueThatAcknowledgesInItsPortal() {
		LocalDate day = LocalDate.now(CHINA).minusDays(2);
		VenueFixtures.Enterprise venue = activeSince(day.minusDays(1));
		api.loginDemo("admin").post("/api/v1/compliance/evaluations?day=" + day, "");
		Api station = api.loginDemo("station");
		Api neighbour = VenueFixtures.otherStationOfficer(api);

		assertThat(venueIds(station, day, null)).contains(venue.venueId());
		assertThat(venueIds(neighbour, day, null)).doesNotContain(venue.venueId());
		Map<String, Object> reminder = Map.of("venueId", venue.venueId(), "message", "请及时上传旅客信息");
		assertThat(neighbour.post("/api/v1/compliance/reminders", reminder).code()).isEqualTo("ZA-7203");
		assertThat(neighbour.put("/api/v1/compliance/venues/" + venue.venueId() + "/minimum", Map.of("minimum", 2))
			.code()).isEqualTo("ZA-7203");
		assertThat(station.post("/api/v1/compliance/reminders", Map.of("venueId", venue.venueId(), "message", " "))
			.code()).isEqualTo("ZA-7205");

		Api.Response sent = station.post("/api/v1/compliance/reminders", reminder);
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		JsonNode mine = venue.clerk().get("/api/v1/compliance/reminders/mine").json();
		assertThat(mine.get(0).path("id").asLong()).isEqualTo(id);
		assertThat(mine.get(0).path("message").asString()).isEqualTo("请及时上传旅客信息");
		assertThat(mine.get(0).path("readAt").isNull()).isTrue();
		assertThat(api.loginDemo("hotel").post("/api/v1/compliance/reminders/" + id + "/ack", "").code())
			.as("another venue's clerk").isEqualTo("ZA-7206");

		Api.Response ack = venue.clerk().post("/api/v1/compliance/reminders/" + id + "/ack", "");
		assertThat(ack.status()).as(ack.body()).isEqualTo(200);
		JsonNode seen = station.get("/api/v1/compliance/reminders?venueId=" + venue.venueId()).json().get(0);
		assertThat(seen.path("readAt").isNull()).isFalse();
		assertThat(seen.path("readBy").asString()).isNotBlank();
		assertThat(row(station, day, venue.venueId()).path("lastReminderReadAt").isNull()).isFalse();
	}

	@Test
	void theListExportsToXlsxAndBadInputIsRefusedWithItsCode() throws IOException {
		LocalDate day = LocalDate.now(CHINA).minusDays(3);
		VenueFixtures.Enterprise venue = activeSince(day.minusDays(1));
		Api admin = api.loginDemo("admin");
		admin.post("/api/v1/compliance/evaluations?day=" + day, "");
		Api station = api.loginDemo("station");

		HttpResponse<byte[]> export = bytes(station, "/api/v1/compliance/venues/export?problem=NO_UPLOAD&day=" + day);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("场所编码");
			boolean listed = false;
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				listed |= sheet.getRow(r).getCell(2).getStringCellValue().equals(venueName(venue));
			}
			assertThat(listed).isTrue();
		}
		assertThat(bytes(station, "/api/v1/compliance/trend/export?from=" + day + "&to=" + day).statusCode())
			.isEqualTo(200);

		assertThat(admin.post("/api/v1/compliance/evaluations?day=" + LocalDate.now(CHINA).plusDays(1), "").code())
			.isEqualTo("ZA-7201");
		assertThat(station.post("/api/v1/compliance/evaluations?day=" + day, "").status()).isEqualTo(403);
		assertThat(station.get("/api/v1/compliance/trend?from=" + day + "&to=" + day.minusDays(1)).code())
			.isEqualTo("ZA-7202");
		assertThat(station.get("/api/v1/compliance/venues?day=yesterday").status()).isEqualTo(400);
		assertThat(station.get("/api/v1/compliance/venues?problem=LATE").status()).isEqualTo(400);
		assertThat(station.put("/api/v1/compliance/venues/" + venue.venueId() + "/minimum", Map.of("minimum", -1))
			.code()).isEqualTo("ZA-7204");
		assertThat(venue.clerk().get("/api/v1/compliance/venues?day=" + day).status()).isEqualTo(403);
	}

	/** An active venue whose approval is dated back to {@code day}, as if it had been running since. */
	/** A venue filed and approved at the start of {@code day}: its row and its history are moved back there. */
	private VenueFixtures.Enterprise activeSince(LocalDate day) {
		VenueFixtures.Enterprise venue = VenueFixtures.active(api);
		Timestamp start = Timestamp.from(day.atStartOfDay(CHINA).toInstant());
		jdbc.sql("update venue set approved_at = ?, created_at = ? where id = ?").params(start, start, venue.venueId())
			.update();
		backdate(venue, "FILED", start);
		backdate(venue, "APPROVED", start);
		return venue;
	}

	/** Moves the venue's history event back to {@code when}, as if it had happened then. */
	private void backdate(VenueFixtures.Enterprise venue, String event, Timestamp when) {
		assertThat(jdbc.sql("update venue_history set occurred_at = ? where venue_id = ? and event = ?")
			.params(when, venue.venueId(), event).update()).isEqualTo(1);
	}

	private String venueName(VenueFixtures.Enterprise venue) {
		return jdbc.sql("select name from venue where id = ?").param(venue.venueId()).query(String.class).single();
	}

	private static OffsetDateTime at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(CHINA).toOffsetDateTime();
	}

	/** Moves the clock so that records posted now are received at {@code when}. */
	private void receiveAt(OffsetDateTime when) {
		clock.reset();
		clock.advance(Duration.between(Instant.now(), when.toInstant()));
	}

	private void checkIn(VenueFixtures.Enterprise venue, OffsetDateTime at) {
		int n = GUESTS.incrementAndGet();
		Api.Response stored = venue.clerk().post("/api/v1/records", Stays.checkInAt(Stays.reference(), "R" + n, at,
				Stays.domesticGuest(TestIds.citizen("500103", "19850101", n), "测试" + n)));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
	}

	/** The venue's row of the day, looked up page by page (the shared database has many venues). */
	private static JsonNode row(Api police, LocalDate day, long venueId) {
		for (int page = 0;; page++) {
			JsonNode items = police.get("/api/v1/compliance/venues?size=200&day=" + day + "&page=" + page).json()
				.path("items");
			for (JsonNode item : items) {
				if (item.path("venueId").asLong() == venueId) {
					return item;
				}
			}
			if (items.size() < 200) {
				throw new AssertionError("venue " + venueId + " not evaluated on " + day);
			}
		}
	}

	private static JsonNode periodRow(JsonNode page, long venueId) {
		for (JsonNode item : page.path("items")) {
			if (item.path("venueId").asLong() == venueId) {
				return item;
			}
		}
		throw new AssertionError("venue " + venueId + " not in " + page);
	}

	private static java.util.List<Long> venueIds(Api police, LocalDate day, String problem) {
		JsonNode items = police.get("/api/v1/compliance/venues?size=200&day=" + day
				+ (problem == null ? "" : "&problem=" + problem)).json().path("items");
		return items.findValues("venueId").stream().map(JsonNode::asLong).toList();
	}

	private static HttpResponse<byte[]> bytes(Api api, String path) {
		try {
			return java.net.http.HttpClient.newHttpClient().send(api.request(path).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException | InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}
}
