package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

/**
 * The penalty and case pages in a real browser: a station officer records a fine against the demo hotel and
 * finds it in the list and the statistics, then registers a case there and sees it waiting for upload.
 */
class EnforcementPagesTest extends BrowserTest {

	private static final String HOTEL = "重庆解放碑示范大酒店";

	@Test
	void aStationOfficerRecordsAPenaltyAndSeesItInTheListAndTheStatistics() {
		String number = "渝公(治)行罚决字〔2026〕E" + ThreadLocalRandom.current().nextInt(100_000, 999_999) + "号";
		signIn("station");
		page.getByTestId("menu-penalties").click();
		assertThat(page.getByTestId("page-penalties")).isVisible();

		page.getByTestId("penalty-add").click();
		Locator dialog = page.getByTestId("penalty-dialog");
		choose("penalty-venue", "示范大酒店", HOTEL);
		choose("penalty-type", "罚款", "罚款");
		dialog.getByTestId("penalty-amount").fill("800");
		dialog.getByTestId("penalty-decision-number").fill(number);
		date(dialog.getByTestId("penalty-decided-on"), today());
		dialog.getByTestId("penalty-legal-basis").fill("《旅馆业治安管理办法》第十五条");
		dialog.getByTestId("penalty-reason").fill("未按规定登记住宿旅客信息");
		dialog.getByTestId("penalty-save").click();
		assertThat(dialog).isHidden();

		Locator row = page.getByTestId("penalty-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(number));
		assertThat(row).hasCount(1);
		assertThat(row).containsText(HOTEL);
		assertThat(row).containsText("罚款");
		assertThat(row).containsText("800");

		page.locator(".el-tabs__item").filter(new Locator.FilterOptions().setHasText("处罚统计")).click();
		page.getByTestId("penalty-stats-run").click();
		Locator fines = page.getByTestId("penalty-stats-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText("罚款"));
		assertThat(fines.first()).isVisible();
		assertThat(page.getByTestId("penalty-stats-totals")).containsText("元");
	}

	@Test
	void aStationOfficerRegistersACaseThatWaitsForUpload() {
		String summary = "前台未登记同住人员 " + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		signIn("station");
		page.getByTestId("menu-cases").click();
		assertThat(page.getByTestId("page-cases")).isVisible();

		page.getByTestId("case-add").click();
		Locator dialog = page.getByTestId("case-dialog");
		choose("case-venue", "示范大酒店", HOTEL);
		choose("case-public-order-type", "旅馆业不按规定", "旅馆业不按规定登记住宿旅客信息");
		date(dialog.getByTestId("case-occurred-on"), today());
		dialog.getByTestId("case-summary").fill(summary);
		dialog.getByTestId("case-save").click();
		assertThat(dialog).isHidden();

		Locator row = page.getByTestId("case-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(summary));
		assertThat(row).hasCount(1);
		assertThat(row).containsText(HOTEL);
		assertThat(row).containsText("解放碑派出所");
		assertThat(row.getByTestId("case-upload-state")).hasText("待上传");
		assertThat(row.getByTestId("case-edit")).isVisible();
	}

	private static String today() {
		return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
	}

	/** Opens a select by its test id, types a filter, and picks the visible option with the text. */
	private void choose(String testId, String typed, String option) {
		page.getByTestId(testId).click();
		page.keyboard().type(typed);
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(option))
			.first().click();
	}

	private void date(Locator picker, String isoDate) {
		Locator input = picker.locator("input");
		input.fill(isoDate);
		input.press("Enter");
		assertThat(input).hasValue(isoDate);
	}
}
