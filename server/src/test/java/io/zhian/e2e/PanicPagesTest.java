package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * 按键报警 in real browsers: the station officer's alarm inbox is open in one tab; the hotel's front desk presses
 * the panic button in another; the urgent alarm appears in the inbox without a reload, and its page shows the
 * venue's address and contacts.
 */
class PanicPagesTest extends BrowserTest {

	@Test
	void aPanicPressAppearsLiveInTheStationConsoleWithTheVenuesContacts() {
		signIn("station");
		page.getByTestId("menu-alarms").click();
		assertThat(page.getByTestId("alarm-live")).hasText("实时接收中");
		Page console = page;

		// sessionStorage is per tab, so a second tab is a second signed-in user.
		page = context.newPage();
		signIn("hotel");
		page.getByTestId("menu-portal").click();
		page.getByTestId("panic-button").click();
		String note = "有人闹事 " + System.nanoTime() % 100_000;
		page.getByTestId("panic-note").fill(note);
		page.getByTestId("panic-send").click();
		assertThat(page.getByTestId("panic-recent")).containsText(note);

		page = console;
		Locator row = page.getByTestId("alarm-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(note));
		assertThat(row).hasCount(1);
		assertThat(row).containsText("紧急");
		assertThat(page.locator(".alarm-notice")).containsText(note);
		row.click();
		assertThat(page.getByTestId("alarm-summary")).containsText("按键报警");
		assertThat(page.getByTestId("alarm-contacts")).containsText("解放碑派出所");
		page.getByTestId("alarm-sign").click();
		assertThat(page.getByTestId("alarm-actions").getByTestId("alarm-action-SIGN")).isVisible();
	}
}
