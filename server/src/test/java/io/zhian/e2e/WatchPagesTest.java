package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import io.zhian.support.Api;
import io.zhian.support.TestIds;

/**
 * The watch-list pages in a real browser: a station officer enters a person by document number and withdraws
 * the entry with its approver; the city imports a small CSV list with one bad row and gets the error count
 * and the report; the city approves a station's city-wide entry from its queue.
 */
class WatchPagesTest extends BrowserTest {

	/** A fresh valid ID number born on a day of 1934, a year only this test class uses. */
	private static String number() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return TestIds.citizen("500103", String.format("1934%02d%02d", random.nextInt(1, 13), random.nextInt(1, 29)),
				random.nextInt(1, 1000));
	}

	@Test
	void aStationOfficerEntersAPersonAndWithdrawsTheEntry() {
		String number = number();
		signIn("station");
		page.getByTestId("menu-watch-entries").click();
		assertThat(page.getByTestId("page-watch-entries")).isVisible();

		page.getByTestId("watch-create").click();
		Locator dialog = page.getByTestId("watch-entry-dialog");
		dialog.getByTestId("watch-documentNumber").fill(number);
		dialog.getByTestId("watch-name").fill("页面布控");
		choose("watch-category", "在逃", "在逃人员");
		dialog.getByTestId("watch-reason").fill("网上追逃");
		dialog.getByTestId("watch-entry-save").click();
		assertThat(dialog).isHidden();

		page.getByTestId("watch-search").fill(number);
		page.getByTestId("watch-search-submit").click();
		Locator row = page.getByTestId("watch-entries-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(number));
		assertThat(row).hasCount(1);
		assertThat(row.getByTestId("watch-entry-status")).hasText("布控中");
		assertThat(row).containsText("在逃人员");

		row.getByTestId("watch-withdraw").click();
		Locator withdraw = page.getByTestId("watch-withdraw-dialog");
		// Without the approver the server refuses (ZA-8008) and the dialog stays.
		withdraw.getByTestId("withdraw-unit").fill("渝中区分局");
		withdraw.getByTestId("withdraw-submit").click();
		assertThat(page.locator(".el-message--error")).containsText("ZA-8008");
		withdraw.getByTestId("withdraw-approver").fill("李局长");
		withdraw.getByTestId("withdraw-reason").fill("已抓获");
		withdraw.getByTestId("withdraw-submit").click();
		assertThat(withdraw).isHidden();
		assertThat(row.getByTestId("watch-entry-status")).hasText("已撤控");
		assertThat(row).containsText("李局长");
	}

	@Test
	void theCityImportsAListAndSeesTheBadRow() {
		String listName = "页面导入测试" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
		String csv = "证件类型,证件号码,姓名\n111," + number() + ",导入甲\n111,12345,号码错误\n111," + number() + ",导入丙\n";
		signIn("city");
		page.getByTestId("menu-watch-imports").click();
		assertThat(page.getByTestId("page-watch-imports")).isVisible();

		page.getByTestId("import-list-name").fill(listName);
		choose("import-category", "在逃", "在逃人员");
		page.getByTestId("import-file").locator("input[type=file]")
			.setInputFiles(new FilePayload("fugitives.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
		page.getByTestId("import-start").click();

		// The page polls until the background import is done.
		Locator row = page.getByTestId("imports-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(listName));
		assertThat(row.getByTestId("import-status")).hasText("已完成");
		assertThat(row.getByTestId("import-counts")).hasText("已读 3 行，导入 2 条");
		assertThat(row.getByTestId("import-refused")).hasText("错误 1 行");
		assertThat(row).containsText("v1");

		Download report = page.waitForDownload(() -> row.getByTestId("import-errors").click());
		org.assertj.core.api.Assertions.assertThat(report.suggestedFilename()).endsWith("-errors.csv");
		try {
			org.assertj.core.api.Assertions.assertThat(Files.readString(report.path(), StandardCharsets.UTF_8))
				.contains("12345");
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void theCityApprovesAStationsCityWideEntry() {
		String number = number();
		Map<String, Object> entry = new HashMap<>(Map.of("targetType", "PERSON", "documentType", "111",
				"documentNumber", number, "category", "WANTED_CONTROL", "reason", "全市缉控申请"));
		entry.put("cityWide", true);
		Api.Response created = api.loginDemo("station").post("/api/v1/watch/entries", entry);
		org.assertj.core.api.Assertions.assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		org.assertj.core.api.Assertions.assertThat(created.json().path("status").asString()).isEqualTo("PENDING");

		signIn("city");
		page.getByTestId("menu-watch-approvals").click();
		Locator row = page.getByTestId("watch-approvals-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(number));
		assertThat(row).containsText("全市缉控申请");
		row.getByTestId("watch-approve").click();
		page.locator(".el-message-box__btns .el-button--primary").click();
		assertThat(row).hasCount(0);
		org.assertj.core.api.Assertions.assertThat(
				api.loginDemo("city").get("/api/v1/watch/entries/" + id).json().path("status").asString())
			.isEqualTo("ACTIVE");
	}

	/** Opens a select by its test id, types a filter, and picks the visible option with the text. */
	private void choose(String testId, String typed, String option) {
		page.getByTestId(testId).click();
		page.keyboard().type(typed);
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(option))
			.first().click();
	}
}
