package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;

/**
 * 检查 → 整改 → 验收 in the browser: the station officer inspects the demo hotel on the phone-sized page and
 * fails one fire-safety item, issues the prefilled rectification notice; the hotel answers it with text and a
 * photo in its portal; the officer accepts it.
 */
class InspectionPagesTest extends BrowserTest {

	private static final String HOTEL = "重庆解放碑示范大酒店";

	private long hotelId() {
		for (tools.jackson.databind.JsonNode due : api.loginDemo("station")
			.get("/api/v1/inspections/due?filter=ALL&size=200").json().path("items")) {
			if (HOTEL.equals(due.path("venue").path("name").asString())) {
				return due.path("venue").path("id").asLong();
			}
		}
		throw new AssertionError("no demo hotel in the due list");
	}

	@Test
	void inspectRectifyAnswerAccept() {
		signIn("station");
		page.getByTestId("menu-inspection-due").click();
		page.getByTestId("due-filter").getByText("全部").click();
		assertThat(page.getByTestId("due-inspect").first()).isVisible();
		// Other tests file venues of their own in the same station, so the hotel may be on a later page of the
		// list: open its inspect page as the row's button does.
		open("/inspections/new/" + hotelId());

		assertThat(page.getByTestId("inspect-venue")).hasText(HOTEL);
		assertThat(page.getByTestId("inspect-score")).containsText("当前得分 100");
		page.getByTestId("inspect-fail-EXTINGUISHERS").click();
		page.getByTestId("inspect-note-EXTINGUISHERS").fill("二楼灭火器过期");
		assertThat(page.getByTestId("inspect-score")).containsText("当前得分 95");
		page.getByTestId("inspect-handling").fill("当场指出，责令限期整改");
		page.getByTestId("inspect-submit").click();

		assertThat(page.getByTestId("page-inspection-detail")).isVisible();
		assertThat(page.getByTestId("result-EXTINGUISHERS")).containsText("不合格");
		assertThat(page.getByTestId("rectification-items")).hasValue("灭火器材配置齐全、在有效期内");
		page.getByTestId("rectification-issue-submit").click();
		assertThat(page.getByTestId("page-rectification")).isVisible();
		assertThat(page.getByTestId("rectification-status")).hasText("待整改");
		Matcher url = Pattern.compile("/rectifications/(\\d+)$").matcher(page.url());
		org.assertj.core.api.Assertions.assertThat(url.find()).as(page.url()).isTrue();
		String notice = "/rectifications/" + url.group(1);
		page.getByTestId("logout").click();

		signIn("hotel");
		page.getByTestId("menu-portal-rectifications").click();
		assertThat(page.getByTestId("rectification-table")).containsText("灭火器材配置齐全");
		open(notice);
		assertThat(page.getByTestId("rectification-item-list")).containsText("灭火器材配置齐全、在有效期内");
		page.getByTestId("rectification-reply-text").fill("已更换二楼全部灭火器");
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0 };
		page.getByTestId("rectification-photo-0-file").setInputFiles(new FilePayload("fix.jpg", "image/jpeg", jpeg));
		assertThat(page.getByTestId("rectification-photo-0-remove")).isVisible();
		page.getByTestId("rectification-reply-send").click();
		assertThat(page.getByTestId("rectification-status")).hasText("待验收");
		assertThat(page.getByTestId("rectification-reply")).containsText("已更换二楼全部灭火器");
		page.getByTestId("logout").click();

		signIn("station");
		open(notice);
		page.getByTestId("rectification-accept").click();
		page.locator(".el-message-box__btns .el-button--primary").click();
		assertThat(page.getByTestId("rectification-status")).hasText("已验收");
		assertThat(page.getByTestId("rectification-reply")).containsText("验收通过");
	}
}
