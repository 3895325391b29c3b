package io.zhian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import io.zhian.ZhianApplication;
import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;

/** What is written survives a restart of the whole program and its embedded PostgreSQL. */
class EmbeddedDatabaseRestartTest {

	@Test
	void dataWrittenBeforeARestartIsReadAfterItAndTheDemoCityIsNotSeededTwice() throws IOException {
		Path dataDir = IntegrationTest.freshDirectory("restart");
		long unitsBefore;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			assertThat(Files.exists(dataDir.resolve("postgres").resolve("PG_VERSION"))).isTrue();
			Api admin = new Api(port(first)).loginDemo("admin");
			long station = Accounts.unitId(admin, "500103010000");
			Api.Response created = admin.post("/api/v1/units", Map.of("parentId", station, "level", "AREA", "code",
					"500103010300", "name", "重启测试警务区", "regionCode", "500103"));
			assertThat(created.status()).isEqualTo(201);
			unitsBefore = admin.get("/api/v1/units").json().size();
		}
		try (ConfigurableApplicationContext second = start(dataDir)) {
			Api admin = new Api(port(second)).loginDemo("admin");
			var units = admin.get("/api/v1/units").json();
			assertThat(units.size()).as("no second demo city").isEqualTo(unitsBefore);
			assertThat(units.findValuesAsString("name")).contains("重启测试警务区");
			assertThat(admin.get("/api/v1/audit/verify").json().path("intact").asBoolean()).isTrue();

			assertThat(admin.get("/actuator/health").json().path("status").asString()).isEqualTo("UP");
			second.getBean(EmbeddedPostgres.class).close();
			Api.Response health = new Api(port(second)).get("/actuator/health");
			assertThat(health.status()).as("health follows the database").isEqualTo(503);
			assertThat(health.json().path("status").asString()).isEqualTo("DOWN");
			Api.Response signedIn = admin.get("/api/v1/me");
			assertThat(signedIn.status()).isEqualTo(503);
			assertThat(signedIn.code()).isEqualTo("ZA-0014");
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(ZhianApplication.class).run("--server.port=0",
				"--zhian.data-dir=" + dataDir, "--zhian.security.pbkdf2-iterations=100000");
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}
}
