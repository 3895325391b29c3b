package io.zhian.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The staff register (从业人员): key-field lock, current and former staff, minors, validation, scope. */
class StaffRegisterTest extends IntegrationTest {

	static Map<String, Object> person(String number, String name, String hiredOn) {
		Map<String, Object> staff = new HashMap<>();
		staff.put("documentType", "111");
		staff.put("documentNumber", number);
		staff.put("name", name);
		staff.put("ethnicity", "01");
		staff.put("nativePlace", "重庆市渝中区");
		staff.put("currentAddress", "重庆市渝中区民族路 1 号");
		staff.put("phone", "13800138000");
		staff.put("position", "前台");
		staff.put("hiredOn", hiredOn);
		return staff;
	}

	@Test
	void aStaffPhotoMustBeOneTheVenueUploaded() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		VenueFixtures.Enterprise other = VenueFixtures.active(api);
		String staffPath = "/api/v1/venues/" + enterprise.venueId() + "/staff";
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
		long foreign = other.clerk().upload("/api/v1/files", "p.png", "image/png", png, Map.of("purpose", "STAFF_PHOTO"))
			.json().path("id").asLong();
		Map<String, Object> form = person("500112199001016638", "照片测试", "2024-01-01");
		form.put("photoFileId", foreign);
		Api.Response refused = enterprise.clerk().post(staffPath, form);
		assertThat(refused.code()).isEqualTo("ZA-5001");
		assertThat(refused.json().path("errors").findValuesAsString("field")).contains("photoFileId");

		long own = enterprise.clerk().upload("/api/v1/files", "p.png", "image/png", png, Map.of("purpose", "STAFF_PHOTO"))
			.json().path("id").asLong();
		form.put("photoFileId", own);
		Api.Response created = enterprise.clerk().post(staffPath, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().path("photoFileId").asLong()).isEqualTo(own);
	}

	@Test
	void keyFieldsAreLockedOnceSavedAndFormerStaffStayQueryable() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		String staffPath = "/api/v1/venues/" + enterprise.venueId() + "/staff";
		Map<String, Object> form = person("500112198509234623", "王芳", "2020-01-01");
		Api.Response created = enterprise.clerk().post(staffPath, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode staff = created.json();
		// Sex and birth date come from the ID number.
		assertThat(staff.path("sex").asString()).isEqualTo("2");
		assertThat(staff.path("birthDate").asString()).isEqualTo("1985-09-23");
		assertThat(staff.path("minorAtHire").asBoolean()).isFalse();
		assertThat(staff.path("current").asBoolean()).isTrue();
		assertThat(staff.path("photoFileId").isNull()).isTrue();
		long id = staff.path("id").asLong();

		Map<String, Object> renamed = new HashMap<>(form);
		renamed.put("name", "王小芳");
		Api.Response locked = enterprise.clerk().put(staffPath + "/" + id, renamed);
		assertThat(locked.code()).isEqualTo("ZA-5017");
		assertThat(locked.json().path("detail").asString()).contains("name");
		assertThat(enterprise.clerk().get(staffPath + "/" + id).json().path("name").asString()).isEqualTo("王芳");
		assertThat(enterprise.clerk().post(staffPath, form).code()).isEqualTo("ZA-5018");

		Map<String, Object> leaving = new HashMap<>(form);
		leaving.put("leftOn", "2024-06-30");
		leaving.put("position", "前台主管");
		Api.Response left = enterprise.clerk().put(staffPath + "/" + id, leaving);
		assertThat(left.status()).as(left.body()).isEqualTo(200);
		assertThat(left.json().path("current").asBoolean()).isFalse();
		assertThat(left.json().path("position").asString()).isEqualTo("前台主管");

		enterprise.clerk().post(staffPath, person("500108199202141537", "陈刚", "2021-03-01"));
		assertThat(enterprise.clerk().get(staffPath + "?current=true").json().path("items").findValuesAsString("name"))
			.containsExactly("陈刚");
		assertThat(enterprise.clerk().get(staffPath + "?current=false").json().path("items")
			.findValuesAsString("name")).containsExactly("王芳");
		assertThat(enterprise.clerk().get(staffPath).json().path("total").asLong()).isEqualTo(2);
	}

	@Test
	void anEmployeeUnder18AtHireIsFlaggedForTheStation() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		String staffPath = "/api/v1/venues/" + enterprise.venueId() + "/staff";
		// Born 2009-03-15, hired the day before the 18th birthday.
		Api.Response minor = enterprise.clerk().post(staffPath, person("500103200903152013", "赵小龙", "2026-03-14"));
		assertThat(minor.status()).as(minor.body()).isEqualTo(201);
		assertThat(minor.json().path("minorAtHire").asBoolean()).isTrue();
		long id = minor.json().path("id").asLong();

		Api station = api.loginDemo("station");
		JsonNode minors = station.get("/api/v1/staff?minor=true&size=200").json().path("items");
		assertThat(minors.findValues("id")).extracting(JsonNode::asLong).contains(id);
		assertThat(minors).allMatch(m -> m.path("minorAtHire").asBoolean());
		// The demo hotel's young porter is on the list too.
		assertThat(minors.findValuesAsString("name")).contains("赵小龙");
		assertThat(api.loginDemo("admin").get("/api/v1/audit?entityType=Staff&entityId=" + id).json().path("items")
			.get(0).path("detail").asString()).contains("minor at hire").doesNotContain("500103200903152013");
	}

	@Test
	void policeSearchByNameDocumentAndVenueWithNumbersMaskedWithoutFullView() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		String staffPath = "/api/v1/venues/" + enterprise.venueId() + "/staff";
		enterprise.clerk().post(staffPath, person("50010419881130352X", "杨丽", "2019-01-01"));
		String venueName = enterprise.clerk().get("/api/v1/venues/" + enterprise.venueId()).json().path("filing")
			.path("name").asString();

		Api station = api.loginDemo("station");
		JsonNode byNumber = station.get("/api/v1/staff?documentNumber=50010419881130352x").json();
		JsonNode mine = byNumber.path("items").get(0);
		assertThat(byNumber.path("items").findValuesAsString("venueName")).contains(venueName);
		// A station officer has no full view of personal data: the number is masked.
		assertThat(mine.path("documentNumber").asString()).isEqualTo("500104********352X");
		JsonNode byDistrict = api.loginDemo("district")
			.get("/api/v1/staff?name=" + encode("杨丽") + "&venue=" + encode(venueName)).json();
		assertThat(byDistrict.path("total").asLong()).isEqualTo(1);
		assertThat(byDistrict.path("items").get(0).path("documentNumber").asString()).isEqualTo("50010419881130352X");
		assertThat(station.get("/api/v1/staff?current=false&venue=" + encode(venueName)).json().path("total").asLong())
			.isZero();
		assertThat(enterprise.clerk().get("/api/v1/staff").code()).isEqualTo("ZA-0102");
	}

	@Test
	void invalidStaffIsRefusedFieldByFieldAndNothingIsStored() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		String staffPath = "/api/v1/venues/" + enterprise.venueId() + "/staff";
		Map<String, Object> form = person("500112198509234623", "", "2020-01-01");
		form.put("sex", "1");
		form.put("leftOn", "2019-01-01");
		form.put("ethnicity", "99");
		Api.Response refused = enterprise.clerk().post(staffPath, form);
		assertThat(refused.code()).isEqualTo("ZA-5001");
		Map<String, String> errors = new HashMap<>();
		refused.json().path("errors").forEach(e -> errors.put(e.path("field").asString(), e.path("code").asString()));
		assertThat(errors).containsEntry("name", "ZA-5009").containsEntry("sex", "ZA-5019")
			.containsEntry("leftOn", "ZA-5015").containsEntry("ethnicity", "ZA-4003");
		Map<String, Object> badNumber = person("500112198509234", "某", "2020-01-01");
		badNumber.put("documentNumber", "5001121985092346");
		assertThat(enterprise.clerk().post(staffPath, badNumber).json().path("errors").get(0).path("code").asString())
			.isEqualTo("ZA-4102");
		assertThat(enterprise.clerk().get(staffPath).json().path("total").asLong()).isZero();
	}

	@Test
	void staffOutsideTheCallersVenueOrStationIsRefused() {
		VenueFixtures.Enterprise enterprise = VenueFixtures.active(api);
		String staffPath = "/api/v1/venues/" + enterprise.venueId() + "/staff";
		long id = enterprise.clerk().post(staffPath, person("500108199202141537", "陈刚", "2021-03-01")).json()
			.path("id").asLong();
		Api otherClerk = api.loginDemo("hotel");
		assertThat(otherClerk.get(staffPath).code()).isEqualTo("ZA-2009");
		assertThat(otherClerk.post(staffPath, person("500112198509234623", "王芳", "2020-01-01")).code())
			.isEqualTo("ZA-2009");
		Api neighbour = VenueFixtures.otherStationOfficer(api);
		assertThat(neighbour.get(staffPath + "/" + id).code()).isEqualTo("ZA-2009");
		assertThat(neighbour.get("/api/v1/staff?name=" + encode("陈刚") + "&size=200").json().path("items")
			.findValues("venueId")).extracting(JsonNode::asLong).doesNotContain(enterprise.venueId());
		// Police read staff but only the venue registers them.
		assertThat(api.loginDemo("station").post(staffPath, person("500112198509234623", "王芳", "2020-01-01"))
			.status()).isEqualTo(403);
		// A pending venue has no staff register yet.
		VenueFixtures.Enterprise pending = VenueFixtures.signUp(api, VenueFixtures.filing(api));
		assertThat(pending.clerk().post("/api/v1/venues/" + pending.venueId() + "/staff",
				person("500112198509234623", "王芳", "2020-01-01")).code()).isEqualTo("ZA-5003");
	}

	private static String encode(String text) {
		return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
	}
}
