package io.zhian.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;

class SystemEndpointsTest extends IntegrationTest {

	@Test
	void healthIsUpWhenTheDatabaseAnswers() {
		Api.Response health = api.get("/actuator/health");
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().path("status").asString()).isEqualTo("UP");
	}

	@Test
	void openApiDescribesTheApiAndSwaggerUiIsServed() {
		Api.Response docs = api.get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/api/v1/auth/login")).isTrue();
		assertThat(docs.json().path("paths").has("/api/v1/audit/verify")).isTrue();
		assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
	}

	@Test
	void theEmbeddedInstallationIsADemo() {
		var info = api.get("/api/v1/system/info").json();
		assertThat(info.path("demo").asBoolean()).isTrue();
		assertThat(info.path("requireSecondFactor").asBoolean()).isFalse();
	}

	@Test
	void clientRoutesServeTheWebAppButUnknownApiPathsAre404() {
		Api.Response route = api.get("/admin/users");
		assertThat(route.status()).isEqualTo(200);
		assertThat(route.contentType()).startsWith("text/html");
		assertThat(route.body()).contains("<div id=\"app\"");
		assertThat(api.get("/api/v1/nothing-here").status()).isEqualTo(401);
	}
}
