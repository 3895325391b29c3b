package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;

import io.zhian.support.TestIds;

/**
 * A hotel's whole path in a real headless Chromium: an enterprise signs up and files from the login page, the
 * station approves the filing in its review queue, the venue shows as active to both, the clerk registers
 * staff, checks a guest in at the front desk and checks them out.
 */
class VenuePagesTest extends BrowserTest {

	@Test
	void aFiledHotelIsApprovedThenRegistersStaffAndChecksAGuestInAndOut() {
		long n = System.nanoTime() % 1_000_000;
		String username = "e2ehotel" + n;
		String password = "E2e-hotel-2026";
		String venueName = "浏览器测试宾馆" + n;

		open("/login");
		page.getByTestId("signup-link").click();
		assertThat(page.getByTestId("page-signup")).isVisible();
		page.getByTestId("signup-username").fill(username);
		page.getByTestId("signup-display-name").fill("李测试");
		page.getByTestId("signup-password").fill(password);
		page.getByTestId("signup-confirm").fill(password);
		page.getByTestId("venue-name").fill(venueName);
		page.getByTestId("venue-licence").fill("91500103E2E" + n);
		choose("venue-trades", null, "旅馆业");
		page.keyboard().press("Escape");
		choose("venue-station", "解放碑", "解放碑派出所");
		choose("venue-region", "500103", "500103");
		page.getByTestId("venue-address").fill("重庆市渝中区八一路 " + n + " 号");
		page.getByTestId("venue-legal-name").fill("李测试");
		page.getByTestId("venue-legal-doc-number").fill("500105199006061231");
		page.getByTestId("venue-legal-phone").fill("13900001111");
		page.getByTestId("venue-security-name").fill("周安全");
		page.getByTestId("venue-security-phone").fill("13900002222");
		page.getByTestId("signup-submit").click();
		assertThat(page.getByTestId("signup-done")).containsText(username);

		// The applicant can sign in at once and sees the filing awaiting review.
		signIn(username, password);
		assertThat(page).hasURL(Pattern.compile(".*/portal$"));
		assertThat(page.getByTestId("portal-pending")).isVisible();
		assertThat(page.getByTestId("venue-status")).containsText("待审核");
		page.getByTestId("logout").click();

		signIn("station");
		page.getByTestId("menu-venue-reviews").click();
		Locator row = page.getByTestId("review-filings").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(venueName));
		assertThat(row).hasCount(1);
		row.getByTestId("review-approve").click();
		assertThat(page.getByTestId("review-filings")).not().containsText(venueName);
		page.getByTestId("menu-venues").click();
		page.getByTestId("venues-search").fill(venueName);
		page.getByTestId("venues-search-submit").click();
		Locator listed = page.getByTestId("venues-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(venueName));
		assertThat(listed).containsText("正常");
		assertThat(listed).containsText(Pattern.compile("H500103\\d{6}"));
		page.getByTestId("logout").click();

		signIn(username, password);
		assertThat(page.getByTestId("venue-status")).containsText("正常");
		assertThat(page.getByTestId("portal-venue")).containsText(Pattern.compile("H500103\\d{6}"));
		page.getByTestId("menu-portal-staff").click();
		page.getByTestId("staff-add").click();
		page.getByTestId("staff-name").fill("钱员工");
		page.getByTestId("staff-document-number").fill("500108199202141537");
		Locator hired = page.locator("[data-testid=staff-hired-on] input");
		hired.fill("2025-02-01");
		hired.press("Enter");
		page.getByTestId("staff-position").fill("前台");
		page.getByTestId("staff-save").click();
		Locator staffRow = page.getByTestId("staff-table").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText("钱员工"));
		assertThat(staffRow).containsText("1992-02-14");
		assertThat(staffRow).containsText("在职");

		// The approved hotel reports its first guest, who later checks out.
		String room = "J" + n % 10000;
		page.getByTestId("menu-check-in").click();
		Locator guest = page.getByTestId("guest-card").first();
		guest.getByTestId("guest-number").fill(TestIds.citizen("500103", "19850615", 135));
		assertThat(guest.getByTestId("guest-sex")).containsText("男");
		guest.getByTestId("guest-name").fill("首位旅客");
		guest.getByTestId("guest-address").fill("重庆市渝中区民族路 8 号");
		page.getByTestId("checkin-room").fill(room);
		page.keyboard().press("Control+Enter");
		assertThat(page.getByTestId("checkin-recent")).containsText("首位旅客");
		page.getByTestId("menu-in-house").click();
		Locator stay = searchStays(room, "首位旅客");
		assertThat(stay).hasCount(1);
		stay.getByTestId("stay-check-out").click();
		page.getByTestId("check-out-confirm").click();
		assertThat(stay).hasCount(0);
		page.getByTestId("stays-tab-ended").click();
		assertThat(searchStays(room, "首位旅客")).hasCount(1);
	}

	/** Opens an el-select by its test id, types a filter when given, and picks the visible option with the text. */
	private void choose(String testId, String typed, String option) {
		page.getByTestId(testId).click();
		if (typed != null) {
			page.keyboard().type(typed);
		}
		page.locator(".el-select-dropdown__item:visible").filter(new Locator.FilterOptions().setHasText(option))
			.first().click();
	}
}
