package io.zhian.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed load of issue 7: {@code internetUsers} venue clerks (default 500) and {@code policeUsers} officers
 * (default 200) at once against a served city (`bench/run serve`), each signing in once and then working in a
 * loop with think times for {@code durationSeconds}. A user whose login fails (counted as a failed login) leaves. Request names say which requirement limit applies (see
 * bench/README.md and docs/performance.md; the limits are checked on the report by bench/gatling/report.py).
 * <p>
 * Clerks: 企业端 login, a check-in of a guest of the data (POST /api/v1/records with the session), the portal's
 * list of the venue's own records and its open drafts. Officers (the demo users city, district and station):
 * 公安端 login, ID-number search, homophone name search within 30 days, a combined query, a trajectory, and one
 * time in ten a month's cross-tab statistics.
 */
public class MixedLoadSimulation extends Simulation {

	private static final String BASE = System.getProperty("baseUrl", "http://localhost:18110");
	private static final String FEEDERS = System.getProperty("feeders", "/tmp/bench2-load/load");
	private static final int INTERNET = Integer.getInteger("internetUsers", 500);
	private static final int POLICE = Integer.getInteger("policeUsers", 200);
	private static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("durationSeconds", 360));
	private static final Duration RAMP = Duration.ofSeconds(Integer.getInteger("rampSeconds", 240));
	private static final Duration THINK_MIN = Duration.ofSeconds(2);
	private static final Duration THINK_MAX = Duration.ofSeconds(6);
	private static final AtomicLong CHECK_INS = new AtomicLong();
	private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

	private final FeederBuilder<Object> persons = jsonFile(FEEDERS + "/persons.json").random();
	private final FeederBuilder<Object> clerks = jsonFile(FEEDERS + "/clerks.json").circular();
	private final FeederBuilder<Object> officers = jsonFile(FEEDERS + "/officers.json").circular();

	private final HttpProtocolBuilder protocol = http.baseUrl(BASE).acceptHeader("application/json")
		.acceptLanguageHeader("zh-CN").contentTypeHeader("application/json").disableCaching();

	private static ChainBuilder login(String requestName) {
		return exec(http(requestName).post("/api/v1/auth/login")
			.body(StringBody("{\"username\":\"#{username}\",\"password\":\"#{password}\"}"))
			.check(status().is(200), jsonPath("$.token").saveAs("token")));
	}

	private final ScenarioBuilder internet = scenario("internet side: venue clerks").feed(clerks)
		.exec(login("internet login (limit 3 s)")).exitHereIfFailed()
		.during(DURATION).on(feed(persons)
			.exec(http("submit: check-in (limit 2 s)").post("/api/v1/records").header("Authorization", "Bearer #{token}")
				.body(StringBody(MixedLoadSimulation::checkIn)).check(status().is(201)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("simple query: portal, own records (limit 1 s)").get("/api/v1/records?size=20")
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("simple query: portal, open drafts (limit 1 s)").get("/api/v1/records/drafts")
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX));

	private final ScenarioBuilder police = scenario("police side: officers").feed(officers)
		.exec(login("police login (limit 2 s)")).exitHereIfFailed()
		.during(DURATION).on(feed(persons)
			.exec(http("simple query: ID number (limit 1 s)").get("/api/v1/search/parties")
				.queryParam("documentType", "111").queryParam("documentNumber", "#{documentNumber}")
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("batch query: homophone name, 30 days (limit 3 s)").get("/api/v1/search/parties")
				.queryParam("name", "#{name}").queryParam("homophone", "true")
				.queryParam("from", OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(30).toString())
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("complex query: combined (limit 10 s)").get("/api/v1/search/parties")
				.queryParam("name", "#{name}").queryParam("homophone", "true").queryParam("sex", "#{sex}")
				.queryParam("birthFrom", "#{birthFrom}").queryParam("birthTo", "#{birthTo}")
				.queryParam("regionCode", "#{province}")
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(http("complex query: trajectory (limit 10 s)").get("/api/v1/search/trajectory")
				.queryParam("documentType", "111").queryParam("documentNumber", "#{documentNumber}")
				.header("Authorization", "Bearer #{token}").check(status().is(200)))
			.pause(THINK_MIN, THINK_MAX)
			.exec(randomSwitch().on(percent(10).then(exec(http("complex analysis: cross-tab, one month (limit 60 s)")
				.get("/api/v1/stats/records").queryParam("groupBy", "district,day")
				.queryParam("from", LocalDate.now().minusDays(31).toString())
				.queryParam("to", LocalDate.now().minusDays(1).toString())
				.header("Authorization", "Bearer #{token}").check(status().is(200))).pause(THINK_MIN, THINK_MAX)))));

	/** A front desk registering a guest of the data again now, under a new reference. */
	private static String checkIn(Session session) {
		Map<String, Object> guest = Map.of("role", "GUEST", "documentType", "111",
				"documentNumber", session.getString("documentNumber"), "name", session.getString("name"),
				"sex", session.getString("sex"), "birthDate", session.getString("birthDate"),
				"address", session.getString("address"), "ethnicity", session.getString("ethnicity"),
				"phone", session.getString("phone"));
		StringBuilder party = new StringBuilder("{");
		guest.forEach((k, v) -> party.append('"').append(k).append("\":\"").append(v.toString().replace("\"", ""))
			.append("\","));
		party.setLength(party.length() - 1);
		party.append('}');
		return "{\"trade\":\"HOTEL\",\"kind\":\"CHECK_IN\",\"reference\":\"LOAD-" + RUN + "-" + CHECK_INS.incrementAndGet()
				+ "\",\"occurredAt\":\"" + OffsetDateTime.now(ZoneOffset.ofHours(8)).withNano(0)
				+ "\",\"attributes\":{\"room\":\"" + (101 + CHECK_INS.get() % 20) + "\"},\"parties\":[" + party + "]}";
	}

	{
		setUp(internet.injectOpen(rampUsers(INTERNET).during(RAMP)),
				police.injectOpen(rampUsers(POLICE).during(RAMP))).protocols(protocol);
	}
}
