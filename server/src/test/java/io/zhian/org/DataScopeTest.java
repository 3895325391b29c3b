package io.zhian.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** The server cuts every list to the caller's data scope; the UI only mirrors it. */
class DataScopeTest extends IntegrationTest {

	@Test
	void theDemoCityIsChongqingWithItsRealDistrictsAndCounties() {
		JsonNode units = api.loginDemo("admin").get("/api/v1/units").json();
		assertThat(units.get(0).path("name").asString()).isEqualTo("重庆市公安局");
		assertThat(units.get(0).path("parentId").isNull()).isTrue();
		List<JsonNode> districts = levels(units, "DISTRICT");
		assertThat(districts).hasSize(38);
		assertThat(districts).extracting(d -> d.path("regionCode").asString()).contains("500103", "500112", "500243");
		assertThat(levels(units, "STATION").size()).isBetween(2 * 38, 4 * 38);
		assertThat(levels(units, "AREA")).extracting(a -> a.path("name").asString()).contains("解放碑警务区", "较场口警务区");
	}

	@Test
	void districtOfficerSeesOnlyTheirDistrictAndItsStations() {
		JsonNode units = api.loginDemo("district").get("/api/v1/units").json();
		assertThat(units).allMatch(u -> u.path("regionCode").asString().equals("500103"));
		assertThat(levels(units, "DISTRICT")).hasSize(1);
		assertThat(levels(units, "STATION")).hasSize(4);
		assertThat(levels(units, "CITY")).isEmpty();
	}

	@Test
	void stationOfficerSeesTheirStationAndItsPolicingAreas() {
		JsonNode units = api.loginDemo("station").get("/api/v1/units").json();
		assertThat(units).extracting(u -> u.path("name").asString())
			.containsExactly("解放碑派出所", "解放碑警务区", "较场口警务区");
	}

	@Test
	void venuesAreScopedByStationAndByOwnVenue() {
		// Other tests file venues at 解放碑派出所 too, so check membership rather than counts.
		JsonNode atStation = api.loginDemo("station").get("/api/v1/venues?size=200").json().path("items");
		assertThat(atStation.findValuesAsString("code")).contains("H500103000001");
		assertThat(atStation.findValuesAsString("stationName")).containsOnly("解放碑派出所");
		assertThat(api.loginDemo("district").get("/api/v1/venues?size=200").json().path("items")
			.findValuesAsString("code")).contains("H500103000001");
		Api admin = api.loginDemo("admin");
		long otherStation = Accounts.unitId(admin, "500112010000");
		// A station officer elsewhere does not see the demo hotel.
		Api.Response created = admin.post("/api/v1/users", Map.of("username", "liangluofficer", "displayName", "两路民警",
				"kind", "POLICE", "policeNumber", "120001", "unitId", otherStation, "roles", List.of("STATION_OFFICER"),
				"scope", "UNIT_TREE"));
		assertThat(created.status()).isEqualTo(201);
		String password = created.json().path("temporaryPassword").asString();
		api.post("/api/v1/auth/password",
				Map.of("username", "liangluofficer", "currentPassword", password, "newPassword", "Lianglu-2026"));
		assertThat(api.login("liangluofficer", "Lianglu-2026").get("/api/v1/venues").json().path("total").asLong())
			.isZero();
	}

	@Test
	void usersAreScopedAndOutsideOnesAreRefused() {
		Api district = api.loginDemo("district");
		JsonNode users = district.get("/api/v1/users?size=200").json().path("items");
		assertThat(users.findValuesAsString("username")).contains("district", "station", "hotel")
			.doesNotContain("admin", "city");
		long cityUser = api.loginDemo("admin").get("/api/v1/users?q=city").json().path("items").get(0).path("id")
			.asLong();
		assertThat(district.get("/api/v1/users/" + cityUser).code()).isEqualTo("ZA-2009");
	}

	@Test
	void permissionsDecideWhatEachRoleMayOpen() {
		Api hotel = api.loginDemo("hotel");
		assertThat(hotel.get("/api/v1/units").code()).isEqualTo("ZA-0102");
		assertThat(hotel.get("/api/v1/users").code()).isEqualTo("ZA-0102");
		Api station = api.loginDemo("station");
		assertThat(station.get("/api/v1/users").code()).isEqualTo("ZA-0102");
		assertThat(station.post("/api/v1/units", Map.of("parentId", 1, "level", "DISTRICT", "code", "500199000000",
				"name", "x", "regionCode", "500199")).code()).isEqualTo("ZA-0102");
		assertThat(api.loginDemo("city").post("/api/v1/users/1/reset-password", "").status()).isEqualTo(403);
	}

	@Test
	void administratorBuildsTheTreeOneLevelAtATime() {
		Api admin = api.loginDemo("admin");
		long station = Accounts.unitId(admin, "500103020000");
		Api.Response wrongLevel = admin.post("/api/v1/units", Map.of("parentId", station, "level", "DISTRICT", "code",
				"500103020900", "name", "错层", "regionCode", "500103"));
		assertThat(wrongLevel.code()).isEqualTo("ZA-2003");
		Api.Response secondCity = admin.post("/api/v1/units", Map.of("level", "CITY", "code", "500000000001", "name",
				"第二市局", "regionCode", "500000"));
		assertThat(secondCity.code()).isEqualTo("ZA-2003");
		Api.Response area = admin.post("/api/v1/units", Map.of("parentId", station, "level", "AREA", "code",
				"500103020100", "name", "朝天门警务区", "regionCode", "500103"));
		assertThat(area.status()).isEqualTo(201);
		assertThat(area.json().path("parentId").asLong()).isEqualTo(station);
		Api.Response duplicate = admin.post("/api/v1/units", Map.of("parentId", station, "level", "AREA", "code",
				"500103020100", "name", "重复", "regionCode", "500103"));
		assertThat(duplicate.code()).isEqualTo("ZA-2002");
		long id = area.json().path("id").asLong();
		Api.Response renamed = admin.put("/api/v1/units/" + id, Map.of("code", "500103020100", "name", "朝天门码头警务区",
				"regionCode", "500103", "enabled", true));
		assertThat(renamed.json().path("name").asString()).isEqualTo("朝天门码头警务区");
		assertThat(admin.get("/api/v1/audit?entityType=Unit&entityId=" + id).json().path("total").asLong())
			.isEqualTo(2);
	}

	@Test
	void rolesChangeIsAuditedAsAPermissionChange() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.stationOfficer(admin);
		long station = Accounts.unitId(admin, "500103010000");
		Api.Response updated = admin.put("/api/v1/users/" + officer.id(), Map.of("displayName", "升任民警", "policeNumber",
				"888" + officer.id() % 1000, "unitId", station, "roles", List.of("DISTRICT_OFFICER"), "scope",
				"OWN_UNIT"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().path("roles").get(0).asString()).isEqualTo("DISTRICT_OFFICER");
		JsonNode audit = admin.get("/api/v1/audit?entityType=User&entityId=" + officer.id() + "&action=PERMISSION_CHANGE")
			.json();
		assertThat(audit.path("items").get(0).path("detail").asString()).contains("STATION_OFFICER",
				"DISTRICT_OFFICER", "UNIT_TREE -> OWN_UNIT");
	}

	@Test
	void rolesAreNamedInTheCallersLanguage() {
		Api admin = api.loginDemo("admin");
		assertThat(admin.get("/api/v1/roles").json().get(0).path("name").asString()).isEqualTo("系统管理员");
		assertThat(admin.language("en").get("/api/v1/roles").json().get(0).path("name").asString())
			.isEqualTo("System administrator");
	}

	private static List<JsonNode> levels(JsonNode units, String level) {
		return java.util.stream.StreamSupport.stream(units.spliterator(), false)
			.filter(u -> level.equals(u.path("level").asString()))
			.toList();
	}
}
