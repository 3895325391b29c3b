package io.zhian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;

class AuthenticationTest extends IntegrationTest {

	@Test
	void demoUserSignsInAndSeesThemselves() {
		Api.Response login = api.post("/api/v1/auth/login", Map.of("username", "station", "password",
				Api.DEMO_PASSWORD));
		assertThat(login.status()).isEqualTo(200);
		assertThat(login.json().path("expiresInSeconds").asInt()).isEqualTo(1800);
		assertThat(login.json().path("user").path("kind").asString()).isEqualTo("POLICE");

		Api station = api.as(login.json().path("token").asString());
		var me = station.get("/api/v1/me").json();
		assertThat(me.path("username").asString()).isEqualTo("station");
		assertThat(me.path("policeNumber").asString()).isEqualTo("031205");
		assertThat(me.path("unit").path("name").asString()).isEqualTo("解放碑派出所");
		assertThat(me.path("scope").asString()).isEqualTo("UNIT_TREE");
	}

	@Test
	void meWithoutOrWithABadTokenIs401() {
		assertThat(api.get("/api/v1/me").code()).isEqualTo("ZA-0101");
		assertThat(api.as("not-a-token").get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void wrongPasswordAndUnknownUserGetTheSameAnswer() {
		Api.Response wrong = api.post("/api/v1/auth/login", Map.of("username", "city", "password", "Wrong-pass-1"));
		Api.Response unknown = api.post("/api/v1/auth/login", Map.of("username", "nobody", "password", "Wrong-1x"));
		assertThat(wrong.status()).isEqualTo(401);
		assertThat(wrong.code()).isEqualTo("ZA-1001");
		assertThat(unknown.code()).isEqualTo("ZA-1001");
		assertThat(wrong.json().path("detail").asString()).isEqualTo(unknown.json().path("detail").asString());
	}

	@Test
	void logoutRevokesTheToken() {
		Api city = api.loginDemo("city");
		assertThat(city.get("/api/v1/me").status()).isEqualTo(200);
		assertThat(city.post("/api/v1/auth/logout", "").status()).isEqualTo(204);
		assertThat(city.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void sessionExpiresAfterThirtyIdleMinutesButUseKeepsItAlive() {
		Api district = api.loginDemo("district");
		clock.advance(Duration.ofMinutes(20));
		assertThat(district.get("/api/v1/me").status()).isEqualTo(200);
		clock.advance(Duration.ofMinutes(20));
		assertThat(district.get("/api/v1/me").status()).as("used 20 minutes ago").isEqualTo(200);
		clock.advance(Duration.ofMinutes(31));
		assertThat(district.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void fiveFailuresLockForFifteenMinutes() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "Lockout-test-1");
		for (int i = 1; i <= 4; i++) {
			assertThat(login(officer.username(), "Wrong-pass-" + i).code()).isEqualTo("ZA-1001");
		}
		Api.Response fifth = login(officer.username(), "Wrong-pass-5");
		assertThat(fifth.status()).isEqualTo(423);
		assertThat(fifth.code()).isEqualTo("ZA-1002");
		assertThat(fifth.json().path("lockedUntil").asString()).isNotBlank();

		assertThat(login(officer.username(), "Lockout-test-1").code()).as("even the right password")
			.isEqualTo("ZA-1002");
		clock.advance(Duration.ofMinutes(14));
		assertThat(login(officer.username(), "Lockout-test-1").code()).isEqualTo("ZA-1002");
		clock.advance(Duration.ofMinutes(2));
		assertThat(login(officer.username(), "Lockout-test-1").status()).isEqualTo(200);

		var audit = admin.get("/api/v1/audit?actor=" + officer.username() + "&action=LOCKOUT").json();
		assertThat(audit.path("total").asLong()).isEqualTo(1);
	}

	/**
	 * The password is checked before the credential row is locked (no connection is held during PBKDF2), so
	 * concurrent wrong attempts must still each count once: exactly one of five simultaneous ones locks.
	 */
	@Test
	void simultaneousFailuresCountOnceEach() throws Exception {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "Lockout-test-2");
		List<Callable<Api.Response>> attempts = IntStream.rangeClosed(1, 5)
			.mapToObj(i -> (Callable<Api.Response>) () -> login(officer.username(), "Wrong-pass-" + i))
			.toList();
		ExecutorService pool = Executors.newFixedThreadPool(5);
		try {
			List<String> codes = new ArrayList<>();
			for (Future<Api.Response> answer : pool.invokeAll(attempts)) {
				codes.add(answer.get().code());
			}
			assertThat(codes).containsExactlyInAnyOrder("ZA-1001", "ZA-1001", "ZA-1001", "ZA-1001", "ZA-1002");
		}
		finally {
			pool.shutdown();
		}
		assertThat(login(officer.username(), "Lockout-test-2").code()).isEqualTo("ZA-1002");
	}

	@Test
	void temporaryPasswordMustBeChangedAndThePolicyApplies() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.stationOfficer(admin);
		assertThat(login(officer.username(), officer.password()).code()).isEqualTo("ZA-1004");

		assertThat(change(officer.username(), officer.password(), "weakpass").code()).isEqualTo("ZA-1007");
		assertThat(change(officer.username(), officer.password(), officer.password()).code()).isEqualTo("ZA-1008");
		assertThat(change(officer.username(), "Not-the-current-1", "Fresh-pass-2026").code()).isEqualTo("ZA-1001");
		assertThat(change(officer.username(), officer.password(), "Fresh-pass-2026").status()).isEqualTo(204);
		assertThat(login(officer.username(), "Fresh-pass-2026").status()).isEqualTo(200);
	}

	@Test
	void noneOfTheLastFivePasswordsComesBack() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "History-pass-1");
		String current = "History-pass-1";
		for (int i = 2; i <= 5; i++) {
			assertThat(change(officer.username(), current, "History-pass-" + i).status()).isEqualTo(204);
			current = "History-pass-" + i;
		}
		// Current is 5; 1-4 are the previous four: all five refused.
		for (int i = 1; i <= 5; i++) {
			assertThat(change(officer.username(), current, "History-pass-" + i).code()).isEqualTo("ZA-1008");
		}
		assertThat(change(officer.username(), current, "History-pass-6").status()).isEqualTo(204);
		// Now 2-6 are the last five, so 1 is allowed again.
		assertThat(change(officer.username(), "History-pass-6", "History-pass-1").status()).isEqualTo(204);
	}

	@Test
	void passwordExpiresAfterNinetyDays() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "Expiry-pass-1");
		clock.advance(Duration.ofDays(89));
		assertThat(login(officer.username(), "Expiry-pass-1").status()).isEqualTo(200);
		clock.advance(Duration.ofDays(2));
		assertThat(login(officer.username(), "Expiry-pass-1").code()).isEqualTo("ZA-1004");
		assertThat(change(officer.username(), "Expiry-pass-1", "Expiry-pass-2").status()).isEqualTo(204);
		assertThat(login(officer.username(), "Expiry-pass-2").status()).isEqualTo(200);
	}

	@Test
	void passwordChangeEndsExistingSessions() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "Session-pass-1");
		Api signedIn = api.login(officer.username(), "Session-pass-1");
		assertThat(change(officer.username(), "Session-pass-1", "Session-pass-2").status()).isEqualTo(204);
		assertThat(signedIn.get("/api/v1/me").status()).isEqualTo(401);
	}

	@Test
	void disabledUsersCannotSignInAndLoseTheirSessions() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "Disable-pass-1");
		Api signedIn = api.login(officer.username(), "Disable-pass-1");
		assertThat(admin.post("/api/v1/users/" + officer.id() + "/disable", "").status()).isEqualTo(200);
		assertThat(signedIn.get("/api/v1/me").status()).isEqualTo(401);
		assertThat(login(officer.username(), "Disable-pass-1").code()).isEqualTo("ZA-1009");
	}

	@Test
	void everySignInOutcomeIsAudited() {
		Api admin = api.loginDemo("admin");
		Accounts.Created officer = Accounts.activeStationOfficer(admin, api, "Audited-pass-1");
		login(officer.username(), "Wrong-pass-1");
		Api signedIn = api.login(officer.username(), "Audited-pass-1");
		signedIn.post("/api/v1/auth/logout", "");
		var rows = admin.get("/api/v1/audit?actor=" + officer.username()).json().path("items");
		assertThat(rows.findValuesAsString("action")).contains("LOGIN", "LOGOUT", "PASSWORD_CHANGE");
		assertThat(rows.findValuesAsString("outcome")).contains("SUCCESS", "FAILURE");
		assertThat(rows.get(0).path("sourceIp").asString()).isEqualTo("127.0.0.1");
	}

	private Api.Response login(String username, String password) {
		return api.post("/api/v1/auth/login", Map.of("username", username, "password", password));
	}

	private Api.Response change(String username, String current, String next) {
		return api.post("/api/v1/auth/password",
				Map.of("username", username, "currentPassword", current, "newPassword", next));
	}
}
