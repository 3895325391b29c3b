package io.zhian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zhian.ZhianApplication;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * With ZHIAN_DB_URL pointing at a PostgreSQL server of its own (here a separately started one), Zhian is a
 * production installation: no demo data, no demo banner, a mandatory second factor for police, and a first
 * administrator only when ZHIAN_ADMIN_PASSWORD asks for one.
 */
class ExternalDatabaseTest {

	private static EmbeddedPostgres external;
	private static ConfigurableApplicationContext application;
	private static Api api;

	@BeforeAll
	static void start() throws IOException {
		Path dir = IntegrationTest.freshDirectory("external");
		external = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true).start();
		application = new SpringApplicationBuilder(ZhianApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + external.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--zhian.data-dir=" + dir.resolve("unused"), "--zhian.bootstrap.admin-password=Bootstrap-2026",
				"--zhian.security.pbkdf2-iterations=100000");
		api = new Api(((WebServerApplicationContext) application).getWebServer().getPort());
	}

	@AfterAll
	static void stop() throws IOException {
		if (application != null) {
			application.close();
		}
		if (external != null) {
			external.close();
		}
	}

	@Test
	void isAProductionInstallationWithoutDemoData() {
		JsonNode info = api.get("/api/v1/system/info").json();
		assertThat(info.path("demo").asBoolean()).isFalse();
		assertThat(info.path("requireSecondFactor").asBoolean()).isTrue();
		assertThat(api.post("/api/v1/auth/login", Map.of("username", "station", "password", Api.DEMO_PASSWORD))
			.code()).isEqualTo("ZA-1001");
		assertThat(api.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
	}

	@Test
	void firstAdministratorSetsUpTheCityAndPoliceMustEnrolASecondFactor() throws Exception {
		assertThat(login("admin", "Bootstrap-2026", null).code()).isEqualTo("ZA-1004");
		assertThat(api.post("/api/v1/auth/password", Map.of("username", "admin", "currentPassword",
				"Bootstrap-2026", "newPassword", "Setup-city-2026")).status()).isEqualTo(204);
		Api admin = api.login("admin", "Setup-city-2026");

		Api.Response city = admin.post("/api/v1/units", Map.of("level", "CITY", "code", "500000000000", "name",
				"重庆市公安局", "regionCode", "500000"));
		assertThat(city.status()).isEqualTo(201);
		Api.Response district = admin.post("/api/v1/units", Map.of("parentId", city.json().path("id").asLong(),
				"level", "DISTRICT", "code", "500106000000", "name", "沙坪坝区分局", "regionCode", "500106"));
		Api.Response officer = admin.post("/api/v1/users", Map.of("username", "shapingba", "displayName", "赵警官",
				"kind", "POLICE", "policeNumber", "060001", "unitId", district.json().path("id").asLong(), "roles",
				List.of("DISTRICT_OFFICER"), "scope", "UNIT_TREE"));
		assertThat(officer.status()).isEqualTo(201);
		String temporary = officer.json().path("temporaryPassword").asString();
		assertThat(api.post("/api/v1/auth/password", Map.of("username", "shapingba", "currentPassword", temporary,
				"newPassword", "Jialing-river-06")).status()).isEqualTo(204);

		assertThat(login("shapingba", "Jialing-river-06", null).code()).isEqualTo("ZA-1006");
		JsonNode enrolment = api.post("/api/v1/auth/totp/enrolment",
				Map.of("username", "shapingba", "password", "Jialing-river-06")).json();
		assertThat(enrolment.path("otpauthUri").asString()).startsWith("otpauth://totp/Zhian%3Ashapingba?secret=");
		byte[] secret = new Base32().decode(enrolment.path("secret").asString());

		assertThat(login("shapingba", "Jialing-river-06", "000000").code()).as("a wrong code").isIn("ZA-1005");
		String code = code(secret, Instant.now());
		Api.Response enrolled = login("shapingba", "Jialing-river-06", code);
		assertThat(enrolled.status()).isEqualTo(200);
		assertThat(enrolled.json().path("user").path("totpEnabled").asBoolean()).isTrue();

		assertThat(login("shapingba", "Jialing-river-06", null).code()).isEqualTo("ZA-1003");
		assertThat(login("shapingba", "Jialing-river-06", code).code()).as("a used code").isEqualTo("ZA-1005");
		assertThat(login("shapingba", "Jialing-river-06", code(secret, Instant.now().plusSeconds(30))).status())
			.isEqualTo(200);

		assertThat(api.post("/api/v1/auth/totp/enrolment",
				Map.of("username", "shapingba", "password", "Jialing-river-06")).code()).isEqualTo("ZA-1010");
	}

	private static Api.Response login(String username, String password, String totp) {
		return totp == null ? api.post("/api/v1/auth/login", Map.of("username", username, "password", password))
				: api.post("/api/v1/auth/login", Map.of("username", username, "password", password, "totp", totp));
	}

	/** What an authenticator app shows, computed independently of the server's code. */
	private static String code(byte[] secret, Instant at) throws Exception {
		TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
		return String.format("%06d", generator.generateOneTimePassword(new SecretKeySpec(secret, "HmacSHA1"), at));
	}

}
