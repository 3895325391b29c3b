package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;

import io.zhian.support.Api;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;

/**
 * Person search and trajectory in a real headless Chromium, as the district officer: a guest who stayed twice
 * at the demo hotel is found by a name that only sounds like theirs, the list exports to xlsx, and the
 * trajectory shows both stays in time order with the room-mate as a companion.
 */
class SearchPagesTest extends BrowserTest {

	@Test
	void aGuestFoundByHowTheNameSoundsOpensTheirTrajectory() {
		int n = ThreadLocalRandom.current().nextInt(100, 900);
		String number = TestIds.citizen("500103", "19810520", n);
		Api hotel = api.loginDemo("hotel");
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8));
		post(hotel, Stays.checkInAt(Stays.reference(), "S" + n, now.minusDays(3),
				Stays.domesticGuest(number, "欧阳澍伟"), Stays.domesticGuest(TestIds.citizen("500103", "19820101", n), "上官同住")));
		post(hotel, Stays.checkInAt(Stays.reference(), "R" + n, now.minusHours(2), Stays.domesticGuest(number, "欧阳澍伟")));

		signIn("district");
		page.getByTestId("menu-party-search").click();
		page.getByTestId("search-name").fill("欧阳树威");
		page.getByTestId("search-match-HOMOPHONE").click();
		page.getByTestId("search-submit").click();
		Locator rows = page.getByTestId("search-results").locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText("欧阳澍伟"));
		assertThat(rows).hasCount(2);
		assertThat(rows.first()).containsText(number);

		Download download = page.waitForDownload(() -> page.getByTestId("search-export").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".xlsx");

		rows.first().getByTestId("search-result-trajectory").click();
		assertThat(page.getByTestId("page-trajectory")).isVisible();
		assertThat(page.getByTestId("trajectory-person")).containsText("欧阳澍伟");
		Locator stays = page.getByTestId("trajectory-item");
		assertThat(stays).hasCount(2);
		assertThat(stays.first()).containsText("S" + n);
		assertThat(stays.last()).containsText("R" + n);
		assertThat(page.getByTestId("companions-same-record")).containsText("上官同住");
	}

	private static void post(Api hotel, Object record) {
		Api.Response stored = hotel.post("/api/v1/records", record);
		if (stored.status() != 201) {
			throw new AssertionError(stored.status() + " " + stored.body());
		}
	}
}
