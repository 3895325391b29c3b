package io.zhian.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The monthly report over alarms routed to a station no other test uses (万州区 高笋塘派出所), so the counts are
 * exact.
 */
class AlarmReportTest extends IntegrationTest {

	@Autowired
	AlarmRaiser raiser;

	@Autowired
	TransactionTemplate transactions;

	private long raise(long unitId, String category) {
		AlarmRequest request = new AlarmRequest(AlarmKind.WATCH_HIT, AlarmLevel.HIGH, "test:" + UUID.randomUUID(),
				null, null, null, "PERSON", "111", AlarmRaiseTest.newNumber(), "周报表", null, null, category, unitId,
				false, "报表测试");
		return transactions.execute(status -> raiser.raise(request)).orElseThrow();
	}

	private static void step(Api officer, long id, String step, Map<String, ?> body) {
		Api.Response response = officer.post("/api/v1/alarms/" + id + "/" + step, body);
		assertThat(response.status()).as(step + " " + response.body()).isEqualTo(200);
	}

	@Test
	void theMonthlyReportCountsByUnitCategoryAndOutcomeWithTimes() throws Exception {
		Api city = api.loginDemo("city");
		long station = Accounts.unitId(api.loginDemo("admin"), "500101010000");
		long first = raise(station, "FUGITIVE");
		long second = raise(station, "FUGITIVE");
		raise(station, "STOLEN_VEHICLE");
		clock.advance(Duration.ofMinutes(4));
		step(city, first, "sign", Map.of());
		clock.advance(Duration.ofMinutes(2));
		step(city, second, "sign", Map.of());
		step(city, first, "handle", Map.of("action", "核查"));
		step(city, first, "feedback", Map.of("outcome", "VERIFIED_HARMLESS"));
		clock.advance(Duration.ofMinutes(4));
		step(city, first, "close", Map.of());

		String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
		String query = "?from=" + month + "&to=" + month + "&unitId=" + station;
		Api.Response response = city.get("/api/v1/alarms/reports/monthly" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode report = response.json();
		assertThat(report.path("rows")).hasSize(1);
		JsonNode row = report.path("rows").get(0);
		assertThat(row.path("unitName").asString()).isEqualTo("高笋塘派出所");
		assertThat(row.path("raised").asLong()).isEqualTo(3);
		assertThat(row.path("signed").asLong()).isEqualTo(2);
		assertThat(row.path("closed").asLong()).isEqualTo(1);
		assertThat(row.path("timing").path("medianSignMinutes").asDouble()).isCloseTo(5.0, within(0.2));
		assertThat(row.path("timing").path("avgSignMinutes").asDouble()).isCloseTo(5.0, within(0.2));
		assertThat(row.path("timing").path("medianCloseMinutes").asDouble()).isCloseTo(10.0, within(0.2));
		assertThat(report.path("categories").findValuesAsString("key")).containsExactly("FUGITIVE", "STOLEN_VEHICLE");
		assertThat(report.path("categories").get(0).path("count").asLong()).isEqualTo(2);
		assertThat(report.path("outcomes").get(0).path("key").asString()).isEqualTo("VERIFIED_HARMLESS");

		HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(city.request(
				"/api/v1/alarms/reports/monthly/export" + query).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("月份");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("高笋塘派出所");
			assertThat(workbook.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(3.0);
		}

		assertThat(city.get("/api/v1/alarms/reports/monthly?from=2026-05&to=2026-01").code()).isEqualTo("ZA-8107");
		assertThat(city.get("/api/v1/alarms/reports/monthly?from=2023-01&to=2026-01").code()).isEqualTo("ZA-8107");
		assertThat(api.loginDemo("station").get("/api/v1/alarms/reports/monthly" + query).json().path("rows"))
			.as("another district's station is outside the station's scope").isEmpty();
	}
}
