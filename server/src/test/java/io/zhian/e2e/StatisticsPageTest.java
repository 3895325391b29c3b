package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;

/**
 * The statistics page in a real headless Chromium, as the city officer: the default cross-tab (district × day
 * over the last week, which the demo stays fill) as a stacked chart and a pivot table, its xlsx export, a
 * regrouping by guest category, and the hotel industry report of this month.
 */
class StatisticsPageTest extends BrowserTest {

	@Test
	void theCityOfficerCrossTabsTheWeekExportsItAndReadsTheHotelReport() throws Exception {
		signIn("city");
		page.getByTestId("menu-stats").click();
		assertThat(page.getByTestId("page-stats")).isVisible();

		Locator table = page.getByTestId("stats-table");
		assertThat(table).containsText("渝中区分局");
		assertThat(table).containsText("合计");
		assertThat(page.getByTestId("stats-chart").locator("canvas")).isVisible();
		assertThat(page.getByTestId("stats-totals")).containsText("人次");

		Response[] answer = new Response[1];
		Download download = page.waitForDownload(() -> answer[0] = page.waitForResponse(
				r -> r.url().contains("/api/v1/stats/records/export"), () -> page.getByTestId("stats-export").click()));
		org.assertj.core.api.Assertions.assertThat(answer[0].status()).isEqualTo(200);
		org.assertj.core.api.Assertions.assertThat(answer[0].headerValue("content-type"))
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");
		// An xlsx file is a zip archive.
		org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).startsWith('P', 'K');

		// Regroup: guest category as the columns.
		page.getByTestId("stats-dim-columns").click();
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText("旅客类别"))
			.first().click();
		page.getByTestId("stats-submit").click();
		assertThat(table.locator("thead")).containsText("国内");
		assertThat(table.locator("thead")).containsText("境外");

		page.locator("#tab-hotel").click();
		Locator report = page.getByTestId("hotel-report-table");
		assertThat(report).containsText("渝中区分局");
		assertThat(report).containsText("上报率");
		assertThat(report).containsText("合计");
		Download reportFile = page.waitForDownload(() -> page.getByTestId("hotel-report-export").click());
		org.assertj.core.api.Assertions.assertThat(reportFile.suggestedFilename()).startsWith("旅馆行业统计报表");
	}
}
