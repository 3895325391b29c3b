package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;


/**
 * The reference pages in a real headless Chromium: police browse the code tables (retired regions marked,
 * CSV download), and a hotel clerk checks ID numbers on the ID check page.
 */
class ReferencePagesTest extends BrowserTest {

	@Test
	void policeFindARetiredRegionInTheCodeTablesAndDownloadIt() throws Exception {
		signIn("station");
		page.getByTestId("menu-codes").click();
		assertThat(page.getByTestId("page-codes")).isVisible();
		assertThat(page.getByTestId("codes-info")).containsText("GB/T 2260");
		assertThat(page.getByTestId("codes-table")).containsText("北京市");

		page.getByTestId("codes-search").fill("崇文");
		page.getByTestId("codes-search-submit").click();
		Locator row = page.getByTestId("codes-table").locator("tbody tr").filter(new Locator.FilterOptions().setHasText("崇文区"));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("110103");
		assertThat(row).containsText("2010-10-01");
		assertThat(row.getByTestId("codes-retired")).hasText("已撤销");

		// Without retired codes 崇文区 is gone.
		page.getByTestId("codes-include-retired").click();
		assertThat(page.getByTestId("codes-table")).not().containsText("崇文区");
		page.getByTestId("codes-include-retired").click();
		assertThat(page.getByTestId("codes-table")).containsText("崇文区");

		Download download = page.waitForDownload(() -> page.getByTestId("codes-download").click());
		Path file = download.path();
		String csv = Files.readString(file);
		org.assertj.core.api.Assertions.assertThat(csv).startsWith("\uFEFFcode,name,");
		org.assertj.core.api.Assertions.assertThat(csv).contains("110103,崇文区");
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("region-");

		// Another table through the select.
		page.getByTestId("codes-table-select").click();
		page.locator(".el-select-dropdown__item").filter(new Locator.FilterOptions().setHasText("民族")).first().click();
		page.getByTestId("codes-search").fill("");
		assertThat(page.getByTestId("codes-info")).containsText("GB 3304");
		assertThat(page.getByTestId("codes-table")).containsText("汉族");
	}

	@Test
	void theHotelClerkChecksIdNumbers() {
		signIn("hotel");
		assertThat(page.getByTestId("menu-codes")).hasCount(0);
		page.getByTestId("menu-id-check").click();
		assertThat(page.getByTestId("page-id-check")).isVisible();
		assertThat(page.getByTestId("id-check-type")).containsText("111");

		page.getByTestId("id-check-number").fill("11010519491231002X");
		page.getByTestId("id-check-name").fill("曾小明");
		page.getByTestId("id-check-submit").click();
		Locator result = page.getByTestId("id-check-result");
		assertThat(result).containsText("号码有效");
		assertThat(result).containsText("1949-12-31");
		assertThat(result).containsText("女");
		assertThat(result).containsText("110105");
		assertThat(result).containsText("zeng");

		page.getByTestId("id-check-number").fill("110105194912310021");
		page.getByTestId("id-check-submit").click();
		assertThat(result).containsText("号码无效");
		assertThat(result).containsText(Pattern.compile("ZA-41\\d\\d"));
	}

	@Test
	void theCodeTablesAreClosedToEnterpriseUsers() {
		signIn("hotel");
		open("/reference/codes");
		assertThat(page.getByTestId("forbidden")).isVisible();
	}
}
