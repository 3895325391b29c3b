package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * 一所一档 in a real browser: the station officer opens the archive from the menu and finds the venues, the open
 * panic alarm, and the demo penalties; the city officer picks the station from the list.
 */
class StationArchivePageTest extends BrowserTest {

	@Test
	void theStationOfficerSeesTheStationOnOnePage() {
		String note = "档案页 " + System.nanoTime() % 100_000;
		api.loginDemo("hotel").post("/api/v1/panic", Map.of("note", note));

		signIn("station");
		page.getByTestId("menu-station-archive").click();
		assertThat(page.getByTestId("page-station-archive")).containsText("解放碑派出所");
		assertThat(page.getByTestId("archive-venues")).containsText("重庆解放碑示范大酒店");
		assertThat(page.getByTestId("archive-alarms")).containsText(note);
		assertThat(page.getByTestId("archive-penalties").locator("tbody tr").first()).isVisible();

		page.getByTestId("archive-alarms").getByText(note).click();
		assertThat(page.getByTestId("page-alarm-detail")).isVisible();
	}

	@Test
	void theCityOfficerPicksAStation() {
		signIn("city");
		page.getByTestId("menu-station-archive").click();
		page.getByTestId("archive-station").click();
		page.locator(".el-select-dropdown__item:visible").filter(
				new com.microsoft.playwright.Locator.FilterOptions().setHasText("解放碑派出所")).click();
		assertThat(page.getByTestId("page-station-archive").locator("h1")).containsText("解放碑派出所");
		assertThat(page.getByTestId("archive-venues")).containsText("重庆解放碑示范大酒店");
	}
}
