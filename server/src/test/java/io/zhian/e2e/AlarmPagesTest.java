package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import com.microsoft.playwright.Locator;

import io.zhian.alarm.AlarmKind;
import io.zhian.alarm.AlarmLevel;
import io.zhian.alarm.AlarmRaiser;
import io.zhian.alarm.AlarmRequest;
import io.zhian.support.Api;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;

/**
 * The alarm pages in a real browser: an alarm raised through the real alarm module while the station officer's
 * inbox is open appears without a reload; the officer signs, handles, answers and closes it on its page, and
 * the action log shows every step. Also the report page draws its chart and the SMS page lists the outbox.
 */
class AlarmPagesTest extends BrowserTest {

	@Autowired
	AlarmRaiser raiser;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	private long raiseAtDemoHotel(String name) {
		long venue = jdbc.sql("select id from venue where code = 'H500103000001'").query(Long.class).single();
		AlarmRequest request = new AlarmRequest(AlarmKind.WATCH_HIT, AlarmLevel.HIGH, "e2e:" + UUID.randomUUID(), venue,
				null, OffsetDateTime.now(), "PERSON", "111", TestIds.citizen("500103", "19900101", 700 + name.length()),
				name, null, null, "FUGITIVE", null, false, "在逃人员 " + name + " 入住 重庆解放碑示范大酒店");
		return transactions.execute(status -> raiser.raise(request)).orElseThrow();
	}

	@Test
	void aNewAlarmArrivesLiveAndIsTakenFromSigningToClosing() {
		signIn("station");
		page.getByTestId("menu-alarms").click();
		assertThat(page.getByTestId("page-alarms")).isVisible();
		assertThat(page.getByTestId("alarm-live")).hasText("实时接收中");

		String name = "e2e" + UUID.randomUUID().toString().substring(0, 6);
		long id = raiseAtDemoHotel(name);
		Locator row = page.getByTestId("alarm-row-" + id);
		assertThat(row).containsText(name);
		assertThat(page.getByTestId("alarm-status-" + id)).hasText("待签收");
		assertThat(page.locator(".alarm-notice")).containsText(name);

		row.click();
		assertThat(page.getByTestId("page-alarm-detail")).isVisible();
		assertThat(page.getByTestId("alarm-summary")).containsText(name);
		page.getByTestId("alarm-sign").click();
		assertThat(page.getByTestId("alarm-status-" + id)).hasText("已签收");

		page.getByTestId("alarm-handle").click();
		page.getByTestId("alarm-handling-input").fill("出警至酒店核查");
		page.getByTestId("alarm-handle-submit").click();
		assertThat(page.getByTestId("alarm-status-" + id)).hasText("已处置");
		assertThat(page.getByTestId("alarm-handling")).hasText("出警至酒店核查");

		page.getByTestId("alarm-feedback").click();
		page.getByTestId("alarm-outcome-select").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("抓获")).click();
		page.getByTestId("alarm-note-input").fill("已移交刑侦大队");
		page.getByTestId("alarm-feedback-submit").click();
		assertThat(page.getByTestId("alarm-status-" + id)).hasText("已反馈");
		assertThat(page.getByTestId("alarm-outcome")).hasText("抓获");

		page.getByTestId("alarm-close").click();
		assertThat(page.getByTestId("alarm-status-" + id)).hasText("已办结");
		Locator log = page.getByTestId("alarm-actions");
		for (String action : new String[] { "RAISE", "SIGN", "HANDLE", "FEEDBACK", "CLOSE" }) {
			assertThat(log.getByTestId("alarm-action-" + action)).isVisible();
		}
		assertThat(page.getByTestId("alarm-sign")).hasCount(0);

		// Back in the inbox, open alarms come first; other tests' open alarms may fill the first page.
		page.getByTestId("menu-alarms").click();
		page.getByTestId("alarm-filter-status").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("已办结")).click();
		assertThat(page.getByTestId("alarm-status-" + id)).hasText("已办结");
	}

	/**
	 * The whole path: a station officer enters a watch entry, a matching guest checks in through the intake
	 * API, and the alarm the watch module raises appears on the officer's open inbox without a reload; the officer
	 * sees the record and the entry on its page and takes it to the end.
	 */
	@Test
	void aWatchedGuestCheckingInShowsOnTheOpenInboxAndIsClosedFromThere() {
		String name = "布控" + System.nanoTime() % 10_000;
		String number = TestIds.citizen("500103", "19320405", (int) (System.nanoTime() % 1000));
		Api station = api.loginDemo("station");
		Api.Response entry = station.post("/api/v1/watch/entries", Map.of("targetType", "PERSON", "documentType", "111",
				"documentNumber", number, "name", name, "category", "FUGITIVE", "reason", "网上追逃"));
		org.assertj.core.api.Assertions.assertThat(entry.status()).as(entry.body()).isEqualTo(201);

		signIn("station");
		page.getByTestId("menu-alarms").click();
		assertThat(page.getByTestId("alarm-live")).hasText("实时接收中");

		Api.Response stored = api.loginDemo("hotel").post("/api/v1/records",
				Stays.checkIn(Stays.reference(), "1508", Stays.domesticGuest(number, name)));
		org.assertj.core.api.Assertions.assertThat(stored.status()).as(stored.body()).isEqualTo(201);

		Locator row = page.getByTestId("alarm-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("待签收");
		row.click();
		assertThat(page.getByTestId("alarm-record")).containsText("1508");
		assertThat(page.getByTestId("alarm-entry")).containsText("网上追逃");
		page.getByTestId("alarm-sign").click();
		page.getByTestId("alarm-handle").click();
		page.getByTestId("alarm-handling-input").fill("出警控制");
		page.getByTestId("alarm-handle-submit").click();
		page.getByTestId("alarm-feedback").click();
		page.getByTestId("alarm-outcome-select").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("抓获")).click();
		page.getByTestId("alarm-feedback-submit").click();
		page.getByTestId("alarm-close").click();
		assertThat(page.getByTestId("alarm-actions").getByTestId("alarm-action-CLOSE")).isVisible();
		assertThat(page.getByTestId("alarm-summary")).containsText(name);
	}

	@Test
	void theReportDrawsItsChartAndTheAdministratorReadsTheSmsOutbox() {
		String name = "e2e" + UUID.randomUUID().toString().substring(0, 6);
		raiseAtDemoHotel(name);
		signIn("station");
		page.getByTestId("menu-alarm-reports").click();
		assertThat(page.getByTestId("alarm-report-chart").locator("canvas").first()).isVisible();
		assertThat(page.getByTestId("alarm-report-table")).containsText("解放碑派出所");

		page.evaluate("() => sessionStorage.clear()");
		signIn("admin");
		page.getByTestId("menu-alarm-sms").click();
		assertThat(page.getByTestId("sms-outbox-table")).containsText(name);
	}
}
