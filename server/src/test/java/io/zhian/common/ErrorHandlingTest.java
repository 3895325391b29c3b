package io.zhian.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;

/** Bad input always gets a precise, numbered 4xx in the caller's language and never changes anything. */
class ErrorHandlingTest extends IntegrationTest {

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void malformedJsonIs400WithThePosition() {
		Api.Response response = api.post("/api/v1/auth/login", "{\"username\": \"admin\", ");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.code()).isEqualTo("ZA-0002");
		assertThat(response.json().path("type").asString()).isEqualTo("https://zhian.io/errors/ZA-0002");
	}

	@Test
	void wrongTypesUnknownEnumsAndMissingFieldsNameTheField() {
		Api admin = api.loginDemo("admin");
		long station = Accounts.unitId(admin, "500103010000");
		long usersBefore = users();

		Api.Response wrongType = admin.post("/api/v1/users", "{\"username\":\"typo1\",\"displayName\":\"x\","
				+ "\"kind\":\"POLICE\",\"policeNumber\":\"123456\",\"unitId\":\"not-a-number\","
				+ "\"roles\":[\"STATION_OFFICER\"],\"scope\":\"UNIT_TREE\"}");
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.code()).isEqualTo("ZA-0003");
		assertThat(wrongType.json().path("detail").asString()).contains("unitId");

		Api.Response unknownEnum = admin.post("/api/v1/users", Map.of("username", "typo2", "displayName", "x", "kind",
				"ALIEN", "policeNumber", "123457", "unitId", station, "roles", List.of("STATION_OFFICER"), "scope",
				"UNIT_TREE"));
		assertThat(unknownEnum.code()).isEqualTo("ZA-0004");
		assertThat(unknownEnum.json().path("detail").asString()).contains("kind", "ALIEN", "POLICE");

		Api.Response missing = admin.post("/api/v1/users", Map.of("username", "typo3", "kind", "POLICE", "unitId",
				station, "roles", List.of("STATION_OFFICER"), "scope", "UNIT_TREE"));
		assertThat(missing.code()).isEqualTo("ZA-0005");
		assertThat(missing.json().path("errors").findValuesAsString("field")).contains("displayName");

		Api.Response badAffiliation = admin.post("/api/v1/users", Map.of("username", "typo4", "displayName", "x",
				"kind", "POLICE", "unitId", station, "roles", List.of("STATION_OFFICER"), "scope", "UNIT_TREE"));
		assertThat(badAffiliation.code()).as("police user without a police number").isEqualTo("ZA-2007");

		assertThat(users()).as("nothing written").isEqualTo(usersBefore);
	}

	@Test
	void oversizedBodiesAre413WhetherDeclaredOrStreamed() {
		String big = "{\"username\":\"" + "x".repeat(4_300_000) + "\",\"password\":\"y\"}";
		Api.Response declared = api.post("/api/v1/auth/login", big);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.code()).isEqualTo("ZA-0006");

		HttpRequest.Builder chunked = api.request("/api/v1/auth/login").header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(big)));
		Api.Response streamed = api.send(chunked);
		assertThat(streamed.status()).isEqualTo(413);
		assertThat(streamed.code()).isEqualTo("ZA-0006");
	}

	@Test
	void badPagingIs400() {
		Api admin = api.loginDemo("admin");
		assertThat(admin.get("/api/v1/users?page=-1").code()).isEqualTo("ZA-0007");
		assertThat(admin.get("/api/v1/users?size=0").code()).isEqualTo("ZA-0007");
		assertThat(admin.get("/api/v1/users?size=100000").code()).isEqualTo("ZA-0007");
		assertThat(admin.get("/api/v1/users?page=abc").code()).isEqualTo("ZA-0008");
		assertThat(admin.get("/api/v1/users?kind=ROBOT").code()).isEqualTo("ZA-0004");
	}

	@Test
	void messagesFollowAcceptLanguage() {
		Api.Response chinese = api.post("/api/v1/auth/login", Map.of("username", "nobody", "password", "Nope-1234"));
		Api.Response english = api.language("en").post("/api/v1/auth/login",
				Map.of("username", "nobody", "password", "Nope-1234"));
		assertThat(chinese.json().path("detail").asString()).isEqualTo("用户名或密码错误。");
		assertThat(english.json().path("detail").asString()).isEqualTo("Wrong username or password.");
		assertThat(english.json().path("title").asString()).isEqualTo("Sign-in failed");
	}

	@Test
	void otherRequestMistakesAreNumberedToo() {
		Api admin = api.loginDemo("admin");
		assertThat(admin.get("/api/v1/no-such-thing").code()).isEqualTo("ZA-0012");
		assertThat(admin.send(admin.request("/api/v1/users").DELETE()).code()).isEqualTo("ZA-0011");
		assertThat(admin.send(admin.request("/api/v1/auth/login").header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("hello"))).code()).isEqualTo("ZA-0010");
		assertThat(admin.post("/api/v1/auth/login", "").code()).isEqualTo("ZA-0002");
	}

	private long users() {
		return jdbc.queryForObject("select count(*) from org_user", Long.class);
	}
}
