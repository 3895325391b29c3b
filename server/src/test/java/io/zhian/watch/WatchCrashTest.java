package io.zhian.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.database.OrphanedPostgres;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.ServerProcess;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * Nothing missed (C6): a record committed just before the server dies is still compared, and compared to
 * effect exactly once. Zhian runs as a separate JVM whose comparison is held back (a test-only setting), so
 * the record is committed and its comparison not yet done when the JVM is killed with SIGKILL. The next start
 * is killed the same way once the event has been delivered to it again; the third start compares the record,
 * and exactly one alarm exists. (WatchTest delivers an already compared record again: nothing new.)
 */
class WatchCrashTest {

	private static final String HOLD_BACK = "--zhian.watch.comparison-delay=10m";

	@Test
	void aRecordCommittedBeforeACrashRaisesItsAlarmExactlyOnce() throws Exception {
		Path dataDir = IntegrationTest.freshDirectory("watch-crash");
		int port = ServerProcess.freePort();
		String number = TestIds.citizen("500103", "19320607", 321);
		ServerProcess server = ServerProcess.start(dataDir, port, HOLD_BACK);
		try {
			Api station = server.awaitUpAndSignIn("station");
			Api.Response entry = station.post("/api/v1/watch/entries", Map.of("targetType", "PERSON",
					"documentType", "111", "documentNumber", number, "category", "FUGITIVE", "reason", "网上追逃"));
			assertThat(entry.status()).as(entry.body()).isEqualTo(201);

			Api hotel = server.signIn("hotel");
			Api.Response stored = hotel.post("/api/v1/records",
					Stays.checkIn(Stays.reference(), "1808", Stays.domesticGuest(number, "宕机测试")));
			assertThat(stored.status()).as(stored.body()).isEqualTo(201);
			long recordId = stored.json().path("id").asLong();
			server.awaitLog("Comparison of record " + recordId + " held back", Duration.ofSeconds(60));
			assertThat(alarms(station, number)).as("not compared before the kill").isEmpty();
			server.kill();

			// Delivered again at the next start, and killed again before the comparison is done.
			server = ServerProcess.start(dataDir, port, HOLD_BACK);
			server.awaitLog("Comparison of record " + recordId + " held back", Duration.ofSeconds(240));
			server.kill();

			server = ServerProcess.start(dataDir, port);
			station = server.awaitUpAndSignIn("station");
			assertThat(server.signIn("hotel").get("/api/v1/records/" + recordId).status())
				.as("the record committed before the first kill is there").isEqualTo(200);
			JsonNode alarms = awaitAlarm(station, number);
			assertThat(alarms).hasSize(1);
			assertThat(alarms.get(0).path("kind").asString()).isEqualTo("WATCH_HIT");
			assertThat(alarms.get(0).path("recordId").asLong()).isEqualTo(recordId);
			assertThat(alarms.get(0).path("retrospective").asBoolean()).as("raised by the replayed comparison")
				.isFalse();
		}
		finally {
			server.close();
			OrphanedPostgres.stopIfRunning(dataDir.resolve("postgres"));
		}
	}

	private static JsonNode alarms(Api station, String number) {
		Api.Response found = station.get("/api/v1/alarms?documentNumber=" + number);
		assertThat(found.status()).as(found.body()).isEqualTo(200);
		return found.json().path("items");
	}

	private static JsonNode awaitAlarm(Api station, String number) throws InterruptedException {
		JsonNode items = alarms(station, number);
		for (int i = 0; i < 300 && items.isEmpty(); i++) {
			Thread.sleep(200);
			items = alarms(station, number);
		}
		// A duplicate would come from a second delivery right after the first: give it time to show.
		Thread.sleep(2000);
		return alarms(station, number);
	}
}
