package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import io.zhian.reference.ObjectIdentifiers;
import io.zhian.support.TestIds;

/**
 * The generic record entry of the pawnshop in a real headless Chromium, as the demo clerk {@code pawn}: a pledge
 * entered in the form rendered from the PAWN profile; then, with the browser offline, a second pledge that waits
 * in the offline queue and is sent by itself when the network returns; the station's officer finds both by IMEI.
 */
class TradeEntryTest extends BrowserTest {

	@Test
	void aPledgeIsEnteredOnlineAnotherOfflineAndThePoliceFindBoth() {
		String firstImei = imei();
		String secondImei = imei();
		signIn("pawn");
		page.getByTestId("menu-record-entry").click();
		assertThat(page.getByTestId("page-record-entry")).isVisible();
		// The hotel desk is not this venue's: its menu entries are not shown.
		assertThat(page.getByTestId("menu-check-in")).hasCount(0);

		pledge("100", "韩立新", firstImei, "华为 Mate 60");
		page.getByTestId("entry-submit").click();
		assertThat(page.getByTestId("entry-recent")).containsText("韩立新");
		// Ready for the next: the form is empty again.
		assertThat(page.getByTestId("entry-party-PLEDGER-0-number")).hasValue("");

		context.setOffline(true);
		pledge("102", "常思远", secondImei, "小米 14");
		page.getByTestId("entry-submit").click();
		Locator queue = page.getByTestId("offline-queue");
		assertThat(queue).isVisible();
		// Kept for a look at the page when the test is run by hand (target/ is not committed).
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "trade-entry-offline.png")).setFullPage(true));
		assertThat(page.getByTestId("offline-status")).containsText("网络中断");
		assertThat(queue.getByTestId("offline-entry")).hasCount(1);
		assertThat(queue.getByTestId("offline-entry")).containsText("常思远");
		assertThat(queue.getByTestId("offline-entry")).containsText("待上传");

		context.setOffline(false);
		assertThat(page.getByTestId("offline-entry")).hasCount(0);
		assertThat(page.getByTestId("entry-recent")).containsText("常思远");

		page.getByTestId("logout").click();
		signIn("station");
		page.getByTestId("menu-records").click();
		assertThat(page.getByTestId("page-records")).isVisible();
		for (String[] pledge : new String[][] { { firstImei, "韩立新" }, { secondImei, "常思远" } }) {
			page.getByTestId("records-imei").fill(pledge[0]);
			page.getByTestId("records-search").click();
			Locator rows = page.getByTestId("records-table").locator("tbody tr");
			assertThat(rows).hasCount(1);
			assertThat(rows).containsText(pledge[1]);
			assertThat(rows).containsText(pledge[0]);
		}
		// The record's printable sheet names the item by its declared labels.
		page.getByTestId("records-table").locator("tbody tr").first().getByTestId("records-open").click();
		Locator sheet = page.getByTestId("page-record-sheet");
		assertThat(sheet).containsText("典当人");
		assertThat(sheet).containsText("当物");
		assertThat(sheet).containsText("活当");
		assertThat(sheet).containsText(secondImei);
		page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions()
			.setPath(java.nio.file.Path.of("target", "screenshots", "record-sheet.png")));
	}

	/** Fills a pledge of one phone: the kind's fields, the pledger (the ID number fills the rest), the item. */
	private void pledge(String sequence, String name, String imei, String phone) {
		pick("entry-pawnType", "活当");
		page.getByTestId("entry-amount").fill("3000");
		page.getByTestId("entry-termDays").fill("30");
		page.getByTestId("entry-handler").fill("周晓梅");
		String number = TestIds.citizen("500103", "19880" + (1 + ThreadLocalRandom.current().nextInt(9)) + "12",
				Integer.parseInt(sequence) + 2 * ThreadLocalRandom.current().nextInt(300));
		page.getByTestId("entry-party-PLEDGER-0-number").fill(number);
		page.getByTestId("entry-party-PLEDGER-0-name").fill(name);
		page.getByTestId("entry-party-PLEDGER-0-address").fill("重庆市渝中区民生路 8 号");
		pick("entry-item-PLEDGED-0-category", "手机");
		page.getByTestId("entry-item-PLEDGED-0-imei").fill(imei);
		page.getByTestId("entry-item-PLEDGED-0-name").fill(phone);
		page.getByTestId("entry-item-PLEDGED-0-quantity").fill("1");
		page.getByTestId("entry-item-PLEDGED-0-source").fill("本人购买自用");
		page.getByTestId("entry-item-PLEDGED-0-appraiser").fill("周晓梅");
		page.getByTestId("entry-item-PLEDGED-0-appraisedValue").fill("4000");
	}

	/** Opens an el-select by its test id and picks the visible option with the text. */
	private void pick(String testId, String option) {
		page.getByTestId(testId).locator(".el-select").click();
		page.locator(".el-select-dropdown__item:visible")
			.filter(new Locator.FilterOptions().setHasText(option))
			.first()
			.click();
	}

	/** A random IMEI with its Luhn digit (a TAC of 35…), so runs never meet each other's records. */
	private static String imei() {
		StringBuilder digits = new StringBuilder("35");
		for (int i = 0; i < 12; i++) {
			digits.append(ThreadLocalRandom.current().nextInt(10));
		}
		return digits.toString() + ObjectIdentifiers.luhnDigit(digits.toString());
	}
}
