package io.zhian.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.ReflectionTestUtils;

import io.zhian.common.export.XlsxExport;
import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import io.zhian.venue.VenueFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Cross-tabs and the hotel industry report over check-ins of days long past (300 days ago and before), which
 * only this class fills: the demo stays and the other tests' records are all of the last week.
 */
class StatisticsTest extends IntegrationTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String STATS = "/api/v1/stats/records";
	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	@Autowired
	XlsxExport xlsx;

	@Autowired
	RecordStatistics statistics;

	@Autowired
	JdbcClient jdbc;

	/** A day of its own for each test, so the tests do not see each other's records. */
	private static LocalDate day(int offset) {
		return LocalDate.now(CHINA).minusDays(300 + offset);
	}

	private static String window(LocalDate day) {
		return "from=" + day + "&to=" + day;
	}

	@Test
	void everyDimensionGroupsTheRecordsAndPersonsOfTheWindow() {
		LocalDate day = day(0);
		fillDay(day);
		Api city = api.loginDemo("city");

		JsonNode bySexAndCategory = ok(city.get(STATS + "?groupBy=category,sex&" + window(day)));
		assertThat(bySexAndCategory.path("groupBy").toString()).isEqualTo("[\"category\",\"sex\"]");
		assertThat(bySexAndCategory.path("totals").path("records").asLong()).isEqualTo(3);
		assertThat(bySexAndCategory.path("totals").path("parties").asLong()).isEqualTo(4);
		assertThat(cells(bySexAndCategory, "category", "sex")).containsExactlyInAnyOrderEntriesOf(Map.of(
				"DOMESTIC/1", "1/1", "DOMESTIC/2", "1/1", "FOREIGN/1", "1/1", "HK_MACAO_TAIWAN/2", "1/1"));
		assertThat(names(bySexAndCategory, "category")).contains("国内", "境外", "港澳台");
		assertThat(names(bySexAndCategory, "sex")).contains("男", "女");

		assertThat(cells(single(city, "district", day), "district"))
			.containsExactlyEntriesOf(Map.of("500103000000", "3/4"));
		assertThat(names(single(city, "district", day), "district")).containsExactly("渝中区分局");
		assertThat(names(single(city, "station", day), "station")).containsExactly("解放碑派出所");
		assertThat(cells(single(city, "venue", day), "venue")).containsExactlyEntriesOf(Map.of("H500103000001", "3/4"));
		assertThat(cells(single(city, "trade", day), "trade")).containsExactlyEntriesOf(Map.of("HOTEL", "3/4"));
		assertThat(names(single(city, "kind", day), "kind")).containsExactly("入住登记");
		assertThat(cells(single(city, "day", day), "day")).containsExactlyEntriesOf(Map.of(day.toString(), "3/4"));
		String week = String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		assertThat(cells(single(city, "week", day), "week")).containsExactlyEntriesOf(Map.of(week, "3/4"));
		assertThat(cells(single(city, "month", day), "month"))
			.containsExactlyEntriesOf(Map.of(day.toString().substring(0, 7), "3/4"));
		assertThat(cells(single(city, "ageBand", day), "ageBand")).containsExactlyInAnyOrderEntriesOf(Map.of(
				"UNDER_18", "1/1", "FROM_18", "1/1", "FROM_30", "1/1", "FROM_60", "1/1"));
		JsonNode regions = single(city, "region", day);
		assertThat(cells(regions, "region")).containsExactlyInAnyOrderEntriesOf(Map.of(
				"500000", "1/1", "110000", "1/1", "", "2/2"));
		assertThat(names(regions, "region")).contains("重庆市", "北京市", "未填");

		// Three dimensions; the rows of a party dimension add up in persons, not necessarily in records.
		JsonNode three = ok(city.get(STATS + "?groupBy=district,day,category&" + window(day)));
		assertThat(cells(three, "district", "day", "category")).containsExactlyInAnyOrderEntriesOf(Map.of(
				"500103000000/" + day + "/DOMESTIC", "1/2", "500103000000/" + day + "/FOREIGN", "1/1",
				"500103000000/" + day + "/HK_MACAO_TAIWAN", "1/1"));

		// Labels follow the caller's language.
		JsonNode english = ok(city.language("en").get(STATS + "?groupBy=category,kind&" + window(day)));
		assertThat(names(english, "category")).contains("domestic", "foreign");
		assertThat(names(english, "kind")).containsOnly("check-in");

		// Date-times bound the window exactly: the evening record only.
		OffsetDateTime evening = day.atTime(18, 0).atZone(CHINA).toOffsetDateTime();
		JsonNode late = ok(city.get(STATS + "?groupBy=day&from=" + encode(evening.toString()) + "&to="
				+ encode(evening.plusHours(6).toString())));
		assertThat(late.path("totals").path("records").asLong()).isEqualTo(1);
	}

	@Test
	void aStationSeesOnlyItsJurisdictionAndFiltersNarrowTheCount() {
		LocalDate day = day(1);
		store(day, 9, domestic("19850101"));
		String query = STATS + "?groupBy=district,station&" + window(day);

		assertThat(total(api.loginDemo("city").get(query))).isEqualTo(1);
		assertThat(total(api.loginDemo("district").get(query))).isEqualTo(1);
		assertThat(total(api.loginDemo("station").get(query))).isEqualTo(1);
		JsonNode neighbour = ok(otherStationOfficer().get(query));
		assertThat(neighbour.path("rows").size()).isZero();
		assertThat(neighbour.path("totals").path("records").asLong()).isZero();
		// Venues report, they do not read statistics.
		assertThat(api.loginDemo("hotel").get(query).status()).isEqualTo(403);

		Api admin = api.loginDemo("admin");
		Api city = api.loginDemo("city");
		long otherStation = Accounts.unitId(admin, "500103020000");
		long district = Accounts.unitId(admin, "500103000000");
		assertThat(total(city.get(query + "&unitId=" + otherStation))).isZero();
		assertThat(total(city.get(query + "&unitId=" + district))).isEqualTo(1);
		assertThat(total(city.get(query + "&trade=HOTEL&kind=CHECK_IN"))).isEqualTo(1);
		assertThat(total(city.get(query + "&kind=PLEDGE"))).isZero();
		long hotel = api.loginDemo("hotel").get("/api/v1/me").json().path("venue").path("id").asLong();
		assertThat(total(city.get(query + "&venueId=" + hotel))).isEqualTo(1);
		assertThat(total(city.get(query + "&venueId=" + (hotel + 100_000)))).isZero();
	}

	@Test
	void windowsAndGroupingsAreCheckedWithNumberedErrors() {
		Api city = api.loginDemo("city");
		LocalDate day = day(2);
		assertThat(city.get(STATS + "?groupBy=day").code()).isEqualTo("ZA-7101");
		assertThat(city.get(STATS + "?groupBy=day&from=" + day).code()).isEqualTo("ZA-7101");
		assertThat(city.get(STATS + "?groupBy=day&from=" + day + "&to=" + day.minusDays(1)).code())
			.isEqualTo("ZA-7102");
		Api.Response tooLong = city.get(STATS + "?groupBy=day&from=" + day.minusDays(400) + "&to=" + day);
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.code()).isEqualTo("ZA-7103");
		assertThat(city.get(STATS + "?groupBy=month&from=" + day.minusDays(365) + "&to=" + day).status())
			.isEqualTo(200);
		for (String groupBy : List.of("", "colour", "day,day", "district,station,venue,day", "day,")) {
			Api.Response refused = city.get(STATS + "?groupBy=" + groupBy + "&" + window(day));
			assertThat(refused.status()).as(groupBy).isEqualTo(400);
			assertThat(refused.code()).as(groupBy).isEqualTo("ZA-7104");
		}
		assertThat(city.get(STATS + "?" + window(day)).code()).isEqualTo("ZA-7104");
		assertThat(city.get(STATS + "?groupBy=day&from=yesterday&to=" + day).code()).isEqualTo("ZA-0008");
		assertThat(city.get(STATS + "?groupBy=day&venueId=x&" + window(day)).status()).isEqualTo(400);
		assertThat(city.get("/api/v1/stats/hotel-report?month=2026-13").code()).isEqualTo("ZA-0008");
		assertThat(city.get("/api/v1/stats/hotel-report").code()).isEqualTo("ZA-7101");
		assertThat(city.language("en").get(STATS + "?groupBy=day").json().path("detail").asString())
			.contains("time window");
	}

	@Test
	void tooManyGroupsAreRefusedNotCut() {
		LocalDate day = day(3);
		fillDay(day);
		Api city = api.loginDemo("city");
		Object before = ReflectionTestUtils.getField(statistics, "maxGroups");
		ReflectionTestUtils.setField(statistics, "maxGroups", 3);
		try {
			assertThat(city.get(STATS + "?groupBy=category,sex&" + window(day)).code()).isEqualTo("ZA-7105");
			assertThat(city.get(STATS + "?groupBy=category&" + window(day)).status()).isEqualTo(200);
		}
		finally {
			ReflectionTestUtils.setField(statistics, "maxGroups", before);
		}
	}

	@Test
	void theHotelReportCountsHotelsGuestsAndTheReportingRate() {
		LocalDate day = day(4);
		store(day, 10, domestic("19800202"));
		store(day, 12, foreign());
		JsonNode report = ok(api.loginDemo("district").get("/api/v1/stats/hotel-report?" + window(day)));
		assertThat(report.path("days").asInt()).isEqualTo(1);
		JsonNode yuzhong = districtRow(report, "500103000000");
		assertThat(yuzhong.path("district").path("name").asString()).isEqualTo("渝中区分局");
		JsonNode venues = yuzhong.path("venues");
		long active = venues.path("active").asLong();
		assertThat(active).isPositive();
		assertThat(venues.path("total").asLong()).isEqualTo(active + venues.path("suspended").asLong()
				+ venues.path("cancelled").asLong() + venues.path("pending").asLong());
		assertThat(yuzhong.path("guests").path("domestic").asLong()).isEqualTo(1);
		assertThat(yuzhong.path("guests").path("foreign").asLong()).isEqualTo(1);
		assertThat(yuzhong.path("guests").path("hkMacaoTaiwan").asLong()).isZero();
		assertThat(yuzhong.path("guests").path("total").asLong()).isEqualTo(2);
		assertThat(yuzhong.path("records").asLong()).isEqualTo(2);
		assertThat(yuzhong.path("reportingVenues").asLong()).isEqualTo(1);
		assertThat(yuzhong.path("reportingDays").asLong()).isEqualTo(1);
		assertThat(yuzhong.path("reportingRate").asDouble()).isEqualTo(Math.round(1000.0 / active) / 10.0);
		// A district officer's report has only the district; the total adds the rows up.
		assertThat(report.path("rows").size()).isEqualTo(1);
		assertThat(report.path("total").path("records").asLong()).isEqualTo(2);
		assertThat(report.path("total").path("district").path("name").asString()).isEqualTo("合计");

		// A whole past month: the rate is measured over every day of it.
		String month = day.toString().substring(0, 7);
		JsonNode monthly = ok(api.loginDemo("city").get("/api/v1/stats/hotel-report?month=" + month));
		assertThat(monthly.path("days").asInt()).isEqualTo(day.lengthOfMonth());
		assertThat(districtRow(monthly, "500103000000").path("records").asLong()).isGreaterThanOrEqualTo(2);
		// A period not yet begun has nothing to measure.
		LocalDate future = LocalDate.now(CHINA).plusDays(10);
		JsonNode ahead = ok(api.loginDemo("city").get("/api/v1/stats/hotel-report?" + window(future)));
		assertThat(ahead.path("days").asInt()).isZero();
		assertThat(ahead.path("total").path("reportingRate").isNull()).isTrue();
	}

	@Test
	void eachHotelCountsWithTheStatusItHadInThePeriod() {
		LocalDate day = day(6);
		VenueFixtures.Enterprise hotel = VenueFixtures.active(api);
		Timestamp before = Timestamp.from(day.minusDays(10).atStartOfDay(CHINA).toInstant());
		jdbc.sql("update venue_history set occurred_at = ? where venue_id = ? and event in ('FILED', 'APPROVED')")
			.params(before, hotel.venueId()).update();
		Api district = api.loginDemo("district");
		String then = "/api/v1/stats/hotel-report?" + window(day);
		String today = "/api/v1/stats/hotel-report?" + window(LocalDate.now(CHINA));
		JsonNode thenBefore = districtRow(ok(district.get(then)), "500103000000");
		JsonNode todayBefore = districtRow(ok(district.get(today)), "500103000000");
		// The demo city's filing of 重庆朝天门江景宾馆 awaits review now.
		assertThat(todayBefore.path("venues").path("pending").asLong()).isPositive();

		assertThat(api.loginDemo("station").post("/api/v1/venues/" + hotel.venueId() + "/suspend",
				Map.of("reason", "停业整顿")).status()).isEqualTo(200);

		// Suspended today: today's report moves it, the past day's report is as it was, expected day included.
		JsonNode todayAfter = districtRow(ok(district.get(today)), "500103000000");
		assertThat(todayAfter.path("venues").path("active").asLong())
			.isEqualTo(todayBefore.path("venues").path("active").asLong() - 1);
		assertThat(todayAfter.path("venues").path("suspended").asLong())
			.isEqualTo(todayBefore.path("venues").path("suspended").asLong() + 1);
		assertThat(districtRow(ok(district.get(then)), "500103000000")).isEqualTo(thenBefore);
		assertThat(thenBefore.path("expectedDays").asLong()).isEqualTo(thenBefore.path("venues").path("active").asLong());
	}

	@Test
	void exportsAreWorkbooksAuditedAndCapped() throws IOException {
		LocalDate day = day(5);
		fillDay(day);
		Api city = api.loginDemo("city");
		HttpResponse<byte[]> export = bytes(city, STATS + "/export?groupBy=category,sex&" + window(day));
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Type").orElse("")).startsWith(XlsxExport.XLSX.toString());
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("旅客类别");
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("人数");
			assertThat(sheet.getLastRowNum()).isEqualTo(5);
			assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(sheet.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(3);
			assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(4);
		}
		HttpResponse<byte[]> report = bytes(city, "/api/v1/stats/hotel-report/export?" + window(day));
		assertThat(report.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("分局");
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo("合计");
			assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(11).getNumericCellValue()).isEqualTo(3);
		}
		JsonNode audited = api.loginDemo("admin").get("/api/v1/audit?action=EXPORT&entityType=RecordStatistics")
			.json();
		assertThat(audited.path("items").findValuesAsString("detail"))
			.anyMatch(detail -> detail.contains("groupBy=category,sex"));
		JsonNode searched = api.loginDemo("admin").get("/api/v1/audit?action=SEARCH&entityType=HotelReport").json();
		assertThat(searched.path("total").asLong()).isNotNegative();

		Object before = ReflectionTestUtils.getField(xlsx, "maxRows");
		ReflectionTestUtils.setField(xlsx, "maxRows", 3);
		try {
			Api.Response capped = city.get(STATS + "/export?groupBy=category,sex&" + window(day));
			assertThat(capped.status()).isEqualTo(400);
			assertThat(capped.code()).isEqualTo("ZA-0015");
		}
		finally {
			ReflectionTestUtils.setField(xlsx, "maxRows", before);
		}
	}

	// -- fixtures

	/** Three check-ins of four guests: two domestic (a man of 35ish, a girl), a foreigner, a HK resident. */
	private void fillDay(LocalDate day) {
		Map<String, Object> girl = Stays.domesticGuest(TestIds.citizen("110101", "20100520", 2 * next()), "李小雨");
		store(day, 10, domestic("19900307"), girl);
		store(day, 15, foreign());
		Map<String, Object> visitor = new HashMap<>(Map.of("role", "GUEST", "documentType", "516", "documentNumber",
				"H" + (10_000_000 + next()), "name", "陈美玲", "sex", "2", "birthDate", "2000-01-01"));
		store(day, 20, visitor);
	}

	/** A man of 渝中区 born on {@code birthDate}. */
	private static Map<String, Object> domestic(String birthDate) {
		return Stays.domesticGuest(TestIds.citizen("500103", birthDate, 2 * next() + 1), "统计测");
	}

	private static Map<String, Object> foreign() {
		Map<String, Object> tourist = new HashMap<>(Map.of("role", "GUEST", "documentType", "414", "documentNumber",
				"E" + (20_000_000 + next()), "name", "SMITH JOHN", "latinSurname", "Smith", "latinGivenName", "John",
				"sex", "1", "birthDate", "1960-01-02", "nationality", "USA"));
		tourist.put("attributes", Map.of("stayUntil", "2030-12-31", "entryPort", "PEK", "entryDate",
				LocalDate.now(CHINA).minusDays(400).toString(), "receivingUnit", "重庆中国国际旅行社", "overseasAddress",
				"1 Main St, Springfield"));
		return tourist;
	}

	@SafeVarargs
	private void store(LocalDate day, int hour, Map<String, Object>... guests) {
		Api.Response stored = api.loginDemo("hotel").post("/api/v1/records", Stays.checkInAt(Stays.reference(),
				"S" + next(), day.atTime(hour, 0).atZone(CHINA).toOffsetDateTime(), guests));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
	}

	private static int next() {
		return SEQUENCE.incrementAndGet() % 500;
	}

	private Api otherStationOfficer() {
		Api admin = api.loginDemo("admin");
		String username = "statsother" + System.nanoTime() % 1_000_000;
		Api.Response created = admin.post("/api/v1/users", Map.of("username", username, "displayName", "邻所民警",
				"kind", "POLICE", "policeNumber", String.format("6%05d", Math.abs(username.hashCode()) % 100000),
				"unitId", Accounts.unitId(admin, "500103020000"), "roles", List.of("STATION_OFFICER"), "scope",
				"UNIT_TREE"));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String password = "Stats-test-2026";
		api.post("/api/v1/auth/password", Map.of("username", username, "currentPassword",
				created.json().path("temporaryPassword").asString(), "newPassword", password));
		return api.login(username, password);
	}

	private static JsonNode ok(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static JsonNode single(Api api, String dimension, LocalDate day) {
		return ok(api.get(STATS + "?groupBy=" + dimension + "&" + window(day)));
	}

	private static long total(Api.Response response) {
		return ok(response).path("totals").path("records").asLong();
	}

	/** "code/code…" → "records/parties" for every row. */
	private static Map<String, String> cells(JsonNode table, String... dimensions) {
		Map<String, String> cells = new HashMap<>();
		for (JsonNode row : table.path("rows")) {
			StringBuilder key = new StringBuilder();
			for (String dimension : dimensions) {
				key.append(key.isEmpty() ? "" : "/").append(row.path("keys").path(dimension).path("code").asString());
			}
			cells.put(key.toString(), row.path("records").asLong() + "/" + row.path("parties").asLong());
		}
		return cells;
	}

	private static List<String> names(JsonNode table, String dimension) {
		return table.path("rows").findValues(dimension).stream().map(key -> key.path("name").asString()).toList();
	}

	private static JsonNode districtRow(JsonNode report, String code) {
		for (JsonNode row : report.path("rows")) {
			if (code.equals(row.path("district").path("code").asString())) {
				return row;
			}
		}
		throw new AssertionError("no district " + code + " in " + report);
	}

	private static HttpResponse<byte[]> bytes(Api api, String path) {
		try {
			return HttpClient.newHttpClient().send(api.request(path).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
