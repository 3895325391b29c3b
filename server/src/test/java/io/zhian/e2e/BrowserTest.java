package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;

/**
 * Base of the end-to-end tests: the whole application (see {@link IntegrationTest}) driven through a real
 * headless Chromium, one fresh browser context per test. Without Chromium the tests are skipped on a
 * developer machine and fail in CI, which installs it.
 */
abstract class BrowserTest extends IntegrationTest {

	private static Playwright playwright;
	private static com.microsoft.playwright.Browser browser;
	protected BrowserContext context;
	protected Page page;

	@BeforeAll
	static void startBrowser() {
		boolean ci = System.getenv("CI") != null;
		if (Browser.executable() == null && !ci) {
			Assumptions.abort("No Chromium at /usr/bin/chromium (set ZHIAN_CHROMIUM); .ci/run installs it");
		}
		playwright = Browser.playwright();
		browser = Browser.launch(playwright);
	}

	@AfterAll
	static void stopBrowser() {
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void newPage() {
		context = browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions().setLocale("zh-CN")
			.setViewportSize(1280, 800)
			.setAcceptDownloads(true));
		page = context.newPage();
	}

	@AfterEach
	void closePage() {
		context.close();
	}

	/** Signs a demo account in through the login page. */
	protected void signIn(String username) {
		signIn(username, Api.DEMO_PASSWORD);
	}

	protected void signIn(String username, String password) {
		open("/login");
		page.getByTestId("login-username").fill(username);
		page.getByTestId("login-password").fill(password);
		page.getByTestId("login-submit").click();
		// Signed in (the layout shows the user) or asked to change the password first.
		page.locator("[data-testid=user-display-name], [data-testid=new-password]").first().waitFor();
	}

	protected void open(String path) {
		page.navigate("http://localhost:" + port + path);
		assertThat(page.locator("body")).isVisible();
	}

	/** On the stays page: searches for a room (or name) and answers the rows of the named guest. */
	protected com.microsoft.playwright.Locator searchStays(String query, String guestName) {
		page.getByTestId("stays-search").fill(query);
		page.getByTestId("stays-search-submit").click();
		com.microsoft.playwright.Locator table = page.getByTestId("stays-table");
		com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(table.locator(".el-loading-mask"))
			.hasCount(0);
		return table.locator("tbody tr")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(guestName));
	}
}
