package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;

import io.zhian.venue.VenueFixtures;

/**
 * The compliance page in a real browser: yesterday's silent venue is listed with its chart, the station
 * officer reminds it, the venue's clerk sees the reminder on the portal and acknowledges it, and the police
 * list then shows it read.
 */
class CompliancePageTest extends BrowserTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	JdbcClient jdbc;

	@Test
	void policeRemindASilentVenueWhichAcknowledgesInItsPortal() {
		LocalDate yesterday = LocalDate.now(CHINA).minusDays(1);
		VenueFixtures.Enterprise venue = VenueFixtures.active(api);
		// Approved the day before yesterday: the venue row and its history moved back there.
		Timestamp approved = Timestamp.from(yesterday.minusDays(1).atStartOfDay(CHINA).toInstant());
		jdbc.sql("update venue set approved_at = ? where id = ?").params(approved, venue.venueId()).update();
		jdbc.sql("update venue_history set occurred_at = ? where venue_id = ? and event in ('FILED', 'APPROVED')")
			.params(approved, venue.venueId()).update();
		String name = jdbc.sql("select name from venue where id = ?").param(venue.venueId()).query(String.class).single();
		api.loginDemo("admin").post("/api/v1/compliance/evaluations?day=" + yesterday, "");

		signIn("station");
		page.getByTestId("menu-compliance").click();
		assertThat(page.getByTestId("page-compliance")).isVisible();
		assertThat(page.getByTestId("compliance-summary").locator("canvas")).isVisible();
		Locator row = page.getByTestId("compliance-table").locator("tr", new Locator.LocatorOptions().setHasText(name));
		assertThat(row.getByTestId("tag-no-upload")).isVisible();
		page.getByTestId("remind-" + venue.venueId()).click();
		page.getByTestId("reminder-message").fill("请立即上传昨日旅客信息");
		page.getByTestId("reminder-send").click();
		assertThat(row.getByTestId("reminder-unread")).isVisible();

		page.evaluate("() => sessionStorage.clear()");
		signIn(venue.username(), VenueFixtures.PASSWORD);
		open("/portal");
		Locator reminders = page.getByTestId("portal-reminders");
		assertThat(reminders).containsText("请立即上传昨日旅客信息");
		reminders.getByTestId("portal-reminder-ack").click();
		assertThat(reminders.getByTestId("portal-reminder-read")).isVisible();

		page.evaluate("() => sessionStorage.clear()");
		signIn("station");
		open("/compliance");
		assertThat(page.getByTestId("compliance-table").locator("tr", new Locator.LocatorOptions().setHasText(name))
			.getByTestId("reminder-read")).isVisible();
	}
}
