package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * Bulletins in a real browser: the station officer publishes an assistance bulletin to the hotels of the
 * station, the demo hotel's clerk finds it unread in the portal and acknowledges it, and the officer then sees
 * the hotel's acknowledgement in the recipient table.
 */
class BulletinPagesTest extends BrowserTest {

	private static final String HOTEL = "重庆解放碑示范大酒店";

	@Test
	void policePublishTheHotelAcknowledgesThePoliceSeeIt() {
		String title = "协查通报：寻找一辆白色面包车 " + System.nanoTime();
		signIn("station");
		page.getByTestId("menu-bulletins").click();
		page.getByTestId("bulletin-new").click();
		page.getByTestId("bulletin-title-input").fill(title);
		page.getByTestId("bulletin-content-input").fill("请各旅馆留意停车场内车牌为渝A·12345的白色面包车，发现后立即报告。");
		page.getByTestId("audience-trades").click();
		page.locator(".el-select-dropdown__item", new Page.LocatorOptions().setHasText("旅馆业")).first().click();
		page.getByTestId("bulletin-title-input").click();
		page.getByTestId("bulletin-publish").click();
		assertThat(page.getByTestId("page-bulletin-detail")).isVisible();
		String detailPath = page.url().substring(page.url().indexOf("/bulletins/"));
		Locator hotelRow = page.getByTestId("bulletin-recipients").locator("tr", new Locator.LocatorOptions().setHasText(HOTEL));
		assertThat(hotelRow).containsText("待签收");

		page.evaluate("() => sessionStorage.clear()");
		signIn("hotel");
		assertThat(page.getByTestId("menu-portal-bulletins-badge")).isVisible();
		page.getByTestId("menu-portal-bulletins").click();
		page.getByTestId("bulletin-inbox").getByText(title).click();
		assertThat(page.getByTestId("bulletin-title")).hasText(title);
		page.getByTestId("bulletin-ack").click();
		assertThat(page.getByTestId("bulletin-acknowledged")).containsText("张敏");

		page.evaluate("() => sessionStorage.clear()");
		signIn("station");
		open(detailPath);
		assertThat(page.getByTestId("bulletin-recipients").locator("tr", new Locator.LocatorOptions().setHasText(HOTEL))
			.getByTestId("recipient-acknowledged")).containsText("张敏");
	}
}
