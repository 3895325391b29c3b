package io.zhian.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.FilePayload;

import io.zhian.support.TestIds;

/**
 * The hotel front desk in a real headless Chromium, as the demo clerk of 重庆解放碑示范大酒店: a domestic guest
 * checked in from the keyboard (the ID number fills sex, birth date and region), found in the in-house list,
 * moved to another room, checked out and found among the checked-out stays; a foreign guest; a 临存 draft
 * kept with a document photo and completed later; an API key for the hotel's own system. The tests share the
 * database with the others, so each works in rooms and names of its own.
 */
class FrontDeskTest extends BrowserTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Test
	void aDomesticGuestIsCheckedInByKeyboardMovedToAnotherRoomAndCheckedOut() {
		String number = idNumber("500103", "19900307", 2 * random(50, 499) + 1);
		String room = "T" + random(1000, 9999);
		String newRoom = "U" + random(1000, 9999);
		signIn("hotel");
		page.getByTestId("menu-check-in").click();
		assertThat(page.getByTestId("page-check-in")).isVisible();

		// Focus starts in the document number; typing an ID number fills what the number tells.
		Locator guest = page.getByTestId("guest-card").first();
		assertThat(guest.getByTestId("guest-number")).isFocused();
		page.keyboard().type(number);
		assertThat(guest.getByTestId("guest-number-hint")).containsText("1990-03-07");
		assertThat(guest.getByTestId("guest-sex")).containsText("男");
		assertThat(guest.getByTestId("guest-birth-date").locator("input")).hasValue("1990-03-07");
		assertThat(guest.getByTestId("guest-region")).containsText("500103");
		assertThat(guest.getByTestId("guest-ethnicity")).containsText("汉族");

		// Enter walks the fields, past those the number filled; Ctrl+Enter submits.
		page.keyboard().press("Enter");
		assertThat(guest.getByTestId("guest-name")).isFocused();
		page.keyboard().type("林晓测");
		page.keyboard().press("Enter");
		page.keyboard().press("Enter");
		assertThat(guest.getByTestId("guest-address")).isFocused();
		page.keyboard().type("重庆市渝中区民族路 1 号");
		page.getByTestId("checkin-room").fill(room);
		page.keyboard().press("Control+Enter");

		Locator recent = page.getByTestId("checkin-recent");
		assertThat(recent).containsText(room);
		assertThat(recent).containsText("林晓测");
		// Ready for the next guest of the same room.
		assertThat(guest.getByTestId("guest-number")).hasValue("");
		assertThat(guest.getByTestId("guest-name")).hasValue("");
		assertThat(page.getByTestId("checkin-room")).hasValue(room);
		assertThat(guest.getByTestId("guest-number")).isFocused();

		page.getByTestId("menu-in-house").click();
		Locator row = searchStays(room, "林晓测");
		assertThat(row).hasCount(1);
		assertThat(row).containsText(room);

		row.getByTestId("stay-detail").click();
		Locator detail = page.getByTestId("record-detail");
		assertThat(detail).containsText("渝中区");
		assertThat(detail).containsText("1990-03-07");
		page.keyboard().press("Escape");
		assertThat(detail).isHidden();

		row.getByTestId("stay-room-change").click();
		page.getByTestId("room-change-input").fill(newRoom);
		page.getByTestId("room-change-save").click();
		assertThat(page.getByTestId("room-change-dialog")).isHidden();
		row = searchStays(newRoom, "林晓测");
		assertThat(row).hasCount(1);

		row.getByTestId("stay-check-out").click();
		page.getByTestId("check-out-confirm").click();
		assertThat(page.getByTestId("check-out-dialog")).isHidden();
		assertThat(row).hasCount(0);

		page.getByTestId("stays-tab-ended").click();
		row = searchStays(newRoom, "林晓测");
		assertThat(row).hasCount(1);
		assertThat(row).containsText(newRoom);
	}

	@Test
	void aGroupChecksInUnderOneGroupIdWithItsLeader() {
		String room = "G" + random(1000, 9999);
		String groupName = "考察团" + random(100, 999);
		signIn("hotel");
		page.getByTestId("menu-check-in").click();

		page.getByTestId("checkin-group-mode").click();
		Locator groupId = page.getByTestId("checkin-group-id");
		assertThat(groupId).hasValue(Pattern.compile("^T\\d{8}-\\d{4}-\\w{2}$"));
		String id = groupId.inputValue();
		page.getByTestId("checkin-group-name").fill(groupName);
		Locator guests = page.getByTestId("guest-card");
		assertThat(guests.nth(0).getByTestId("guest-leader").locator("input")).isChecked();

		page.getByTestId("checkin-add-guest").click();
		assertThat(guests).hasCount(2);
		assertThat(guests.nth(1).getByTestId("guest-number")).isFocused();
		String[][] members = { { idNumber("500103", "19720815", 211), "邓团长" }, { idNumber("500103", "19750101", 322), "邓团员" } };
		for (int i = 0; i < members.length; i++) {
			Locator guest = guests.nth(i);
			guest.getByTestId("guest-number").fill(members[i][0]);
			assertThat(guest.getByTestId("guest-number-hint")).isVisible();
			guest.getByTestId("guest-name").fill(members[i][1]);
			guest.getByTestId("guest-address").fill("重庆市渝中区解放碑");
		}
		page.getByTestId("checkin-room").fill(room);
		page.getByTestId("checkin-submit").click();

		Locator recent = page.getByTestId("checkin-recent");
		assertThat(recent).containsText("邓团长");
		assertThat(recent).containsText("邓团员");
		assertThat(recent).containsText(groupName);
		// The group stays for its next room; its leader is registered already.
		assertThat(groupId).hasValue(id);
		assertThat(guests).hasCount(1);
		assertThat(guests.nth(0).getByTestId("guest-leader").locator("input")).not().isChecked();

		page.getByTestId("menu-in-house").click();
		Locator row = searchStays(room, "邓团长");
		assertThat(row).hasCount(1);
		assertThat(row).containsText("邓团员");
		assertThat(row).containsText(groupName);
	}

	@Test
	void anInvalidIdNumberIsExplainedAtTheField() {
		String number = idNumber("500103", "19900307", 123);
		String mistyped = number.substring(0, 17) + (number.charAt(17) == '0' ? '1' : '0');
		signIn("hotel");
		open("/desk/check-in");
		Locator guest = page.getByTestId("guest-card").first();
		assertThat(guest.getByTestId("guest-number")).isFocused();
		page.keyboard().type(mistyped);
		assertThat(guest).containsText(Pattern.compile("ZA-4103"));
		assertThat(guest.getByTestId("guest-birth-date").locator("input")).hasValue("");

		// Submitting without a room: the form says what is missing where it is missing.
		page.getByTestId("checkin-submit").click();
		assertThat(page.getByTestId("page-check-in")).containsText("请填写房号");
	}

	@Test
	void aForeignGuestIsCheckedIn() {
		String passport = "E" + random(10_000_000, 99_999_999);
		String room = "F" + random(1000, 9999);
		LocalDate today = LocalDate.now(CHINA);
		signIn("hotel");
		page.getByTestId("menu-check-in").click();

		Locator guest = page.getByTestId("guest-card").first();
		guest.getByTestId("guest-category-FOREIGN").click();
		assertThat(guest.getByTestId("guest-doc-type")).containsText("414");
		guest.getByTestId("guest-number").fill(passport);
		choose(guest.getByTestId("guest-nationality"), "USA", "美国");
		guest.getByTestId("guest-latin-surname").fill("Smith");
		guest.getByTestId("guest-latin-given-name").fill("John");
		choose(guest.getByTestId("guest-sex"), "男", "男");
		date(guest.getByTestId("guest-birth-date"), "1985-01-02");
		choose(guest.getByTestId("guest-visa-type"), "L", "旅游签证");
		guest.getByTestId("guest-visa-number").fill("V" + random(1_000_000, 9_999_999));
		date(guest.getByTestId("guest-stay-until"), today.plusDays(30).toString());
		choose(guest.getByTestId("guest-entry-port"), "PVG", "浦东");
		date(guest.getByTestId("guest-entry-date"), today.minusDays(2).toString());
		guest.getByTestId("guest-receiving-unit").fill("重庆示范贸易有限公司");
		guest.getByTestId("guest-overseas-address").fill("1 Main Street, Springfield, USA");
		page.getByTestId("checkin-room").fill(room);
		page.getByTestId("checkin-submit").click();

		assertThat(page.getByTestId("checkin-recent")).containsText("SMITH JOHN");

		page.getByTestId("menu-in-house").click();
		Locator row = searchStays(room, "SMITH JOHN");
		assertThat(row).hasCount(1);
		row.getByTestId("stay-detail").click();
		Locator detail = page.getByTestId("record-detail");
		assertThat(detail).containsText("美国");
		assertThat(detail).containsText("旅游签证");
		assertThat(detail).containsText("1 Main Street");
	}

	@Test
	void aDraftKeptWithItsDocumentPhotoIsCompletedLater() throws IOException {
		String note = "临存测试 " + random(1000, 9999);
		String room = "D" + random(1000, 9999);
		signIn("hotel");
		page.getByTestId("menu-drafts").click();
		assertThat(page.getByTestId("page-drafts")).isVisible();

		// Only JPEG or PNG.
		page.getByTestId("draft-photo-file")
			.setInputFiles(new FilePayload("scan.gif", "image/gif", new byte[] { 'G', 'I', 'F', '8', '9', 'a' }));
		assertThat(page.getByTestId("draft-photo-error")).containsText("JPEG");

		page.getByTestId("draft-photo-file").setInputFiles(new FilePayload("scan.jpg", "image/jpeg", jpeg()));
		assertThat(page.getByTestId("draft-photo-preview")).isVisible();
		page.getByTestId("draft-note").fill(note);
		page.getByTestId("draft-save").click();
		Locator row = page.getByTestId("drafts-table").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(note));
		assertThat(row).hasCount(1);
		assertThat(page.getByTestId("menu-drafts-badge")).isVisible();

		row.getByTestId("draft-complete").click();
		assertThat(page.getByTestId("checkin-draft")).isVisible();
		Locator guest = page.getByTestId("guest-card").first();
		assertThat(guest.getByTestId("guest-document-photo-preview")).isVisible();
		guest.getByTestId("guest-number").fill(idNumber("500103", "19850612", 4));
		assertThat(guest.getByTestId("guest-number-hint")).containsText("1985-06-12");
		guest.getByTestId("guest-name").fill("吴临存");
		guest.getByTestId("guest-address").fill("重庆市渝中区临江路 2 号");
		page.getByTestId("checkin-room").fill(room);
		page.getByTestId("checkin-submit").click();
		assertThat(page.getByTestId("checkin-recent")).containsText("吴临存");
		assertThat(page.getByTestId("checkin-draft")).hasCount(0);

		// The check-in closed the draft.
		page.getByTestId("menu-drafts").click();
		assertThat(page.getByTestId("drafts-table")).not().containsText(note);
	}

	@Test
	void theClerkIssuesAndRevokesAnApiKeyForTheHotelSystem() {
		String name = "PMS " + random(1000, 9999);
		signIn("hotel");
		page.getByTestId("menu-api-keys").click();
		page.getByTestId("api-key-create").click();
		page.getByTestId("api-key-name").fill(name);
		page.getByTestId("api-key-save").click();
		Locator secretDialog = page.getByTestId("api-key-secret-dialog");
		assertThat(secretDialog).isVisible();
		assertThat(page.getByTestId("api-key-header")).containsText(Pattern.compile("^Authorization: ApiKey \\S+\\.\\S+$"));
		String secret = page.getByTestId("api-key-secret").textContent().strip();
		page.getByTestId("api-key-secret-close").click();
		assertThat(secretDialog).isHidden();

		Locator row = page.getByTestId("api-keys-table").locator("tbody tr").filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row).hasCount(1);
		// The secret is shown once, never listed.
		assertThat(page.getByTestId("api-keys-table")).not().containsText(secret);
		row.getByTestId("api-key-revoke").click();
		page.locator(".el-message-box__btns .el-button--primary").click();
		assertThat(row.getByTestId("api-key-revoked-tag")).isVisible();
	}

	/** Picks a code-table value the way a clerk does: type into the select, Enter takes the best match. */
	private void choose(Locator select, String typed, String shown) {
		select.locator("input").click();
		page.keyboard().type(typed);
		page.keyboard().press("Enter");
		assertThat(select).containsText(shown);
	}

	private void date(Locator picker, String isoDate) {
		Locator input = picker.locator("input");
		input.fill(isoDate);
		input.press("Enter");
		assertThat(input).hasValue(isoDate);
	}

	static String idNumber(String region, String birthDate, int sequence) {
		return TestIds.citizen(region, birthDate, sequence);
	}

	private static int random(int from, int to) {
		return ThreadLocalRandom.current().nextInt(from, to + 1);
	}

	/** A small real JPEG, as a scanner would send. */
	private static byte[] jpeg() throws IOException {
		BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(0xdde8f0));
		g.fillRect(0, 0, 320, 200);
		g.setColor(Color.DARK_GRAY);
		g.drawRect(10, 10, 300, 180);
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", out);
		return out.toByteArray();
	}
}
