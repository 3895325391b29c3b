package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.zhian.support.Accounts;
import io.zhian.support.Api;

/**
 * End to end in a real headless Chromium: each demo role signs in through the login page and sees the menus
 * and pages its permissions allow, and lands on the 403 page for the others.
 */
class WebUiTest extends BrowserTest {

	@Test
	void administratorSeesEveryAdministrationPage() {
		signIn("admin");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(page.getByTestId("demo-banner")).isVisible();
		assertThat(page.getByTestId("user-display-name")).containsText("系统管理员");
		for (String menu : new String[] { "dashboard", "units", "users", "audit", "account" }) {
			assertThat(page.getByTestId("menu-" + menu)).isVisible();
		}
		assertThat(page.getByTestId("menu-portal")).hasCount(0);

		page.getByTestId("menu-users").click();
		assertThat(page.getByTestId("users-table")).containsText("station");
		page.getByTestId("menu-audit").click();
		assertThat(page.getByTestId("audit-table")).containsText("登录");
		page.getByTestId("audit-verify").click();
		assertThat(page.getByTestId("page-audit")).containsText(Pattern.compile("审计链完整|chain intact", Pattern.CASE_INSENSITIVE));
	}

	@Test
	void cityOfficerReadsUnitsAndUsersButNotTheAuditTrail() {
		signIn("city");
		assertThat(page.getByTestId("menu-units")).isVisible();
		assertThat(page.getByTestId("menu-users")).isVisible();
		assertThat(page.getByTestId("menu-audit")).hasCount(0);
		open("/admin/audit");
		assertThat(page.getByTestId("forbidden")).isVisible();
	}

	@Test
	void districtOfficerSeesOnlyTheirDistrictInTheUnitTree() {
		signIn("district");
		page.getByTestId("menu-units").click();
		assertThat(page.getByTestId("units-tree")).containsText("渝中区分局");
		assertThat(page.getByTestId("units-tree")).containsText("解放碑派出所");
		assertThat(page.getByTestId("units-tree")).not().containsText("江北区分局");
	}

	@Test
	void stationOfficerHasNoUserAdministration() {
		signIn("station");
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(page.getByTestId("dashboard-roles")).containsText("派出所民警");
		assertThat(page.getByTestId("dashboard-chart")).containsText("各派出所警务区数量");
		assertThat(page.getByTestId("menu-units")).isVisible();
		assertThat(page.getByTestId("menu-users")).hasCount(0);
		open("/admin/users");
		assertThat(page.getByTestId("forbidden")).isVisible();
	}

	@Test
	void hotelClerkLandsOnThePortalAndCannotOpenPolicePages() {
		signIn("hotel");
		assertThat(page).hasURL(Pattern.compile(".*/portal$"));
		assertThat(page.getByTestId("page-portal")).containsText("重庆解放碑示范大酒店");
		assertThat(page.getByTestId("menu-dashboard")).hasCount(0);
		assertThat(page.getByTestId("menu-units")).hasCount(0);
		for (String path : new String[] { "/dashboard", "/org/units", "/admin/users", "/admin/audit" }) {
			open(path);
			assertThat(page.getByTestId("forbidden")).isVisible();
		}
	}

	@Test
	void englishSwitchPersistsAcrossReloads() {
		open("/login");
		assertThat(page.getByTestId("login-submit")).containsText("登录");
		page.getByTestId("locale-switch").click();
		assertThat(page.getByTestId("login-submit")).containsText(Pattern.compile("sign in|log in", Pattern.CASE_INSENSITIVE));
		page.reload();
		assertThat(page.getByTestId("login-submit")).containsText(Pattern.compile("sign in|log in", Pattern.CASE_INSENSITIVE));
	}

	@Test
	void wrongPasswordShowsTheNumberedMessage() {
		open("/login");
		page.getByTestId("login-username").fill("station");
		page.getByTestId("login-password").fill("Wrong-pass-0");
		page.getByTestId("login-submit").click();
		assertThat(page.getByTestId("login-error")).containsText("ZA-1001");
	}

	@Test
	void aNewUserMustChangeTheTemporaryPasswordAtFirstLogin() {
		Accounts.Created officer = Accounts.stationOfficer(new Api(port).loginDemo("admin"));
		signIn(officer.username(), officer.password());
		page.getByTestId("new-password").fill("First-login-2026");
		page.getByTestId("confirm-password").fill("First-login-2026");
		page.getByTestId("change-password-submit").click();
		assertThat(page).hasURL(Pattern.compile(".*/dashboard$"));
		assertThat(page.getByTestId("user-display-name")).isVisible();
	}

	@Test
	void logoutEndsTheSessionAndProtectedPagesGoBackToLogin() {
		signIn("city");
		page.getByTestId("logout").click();
		assertThat(page).hasURL(Pattern.compile(".*/login.*"));
		open("/dashboard");
		assertThat(page).hasURL(Pattern.compile(".*/login.*"));
		assertThat(page.getByTestId("login-submit")).isVisible();
	}
}
