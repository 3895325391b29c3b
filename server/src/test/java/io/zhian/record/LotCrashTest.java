package io.zhian.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.ZhianApplication;
import io.zhian.database.OrphanedPostgres;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * Nothing accepted is lost: Zhian runs as a separate process, is killed with SIGKILL while it works through
 * lots, and is started again. Every record of every lot must then be decided exactly once.
 */
class LotCrashTest {

	private static final int LOTS = 3;
	private static final int RECORDS_PER_LOT = 1000;

	@Test
	void killedInTheMiddleOfALotEveryRecordIsStoredOnceOrReportedNotStored() throws Exception {
		Path dataDir = IntegrationTest.freshDirectory("crash");
		int port = freePort();
		Process first = start(dataDir, port);
		Process second = null;
		try {
			Api hotel = signIn(awaitUp(port));
			List<String> lots = new ArrayList<>();
			for (int lot = 0; lot < LOTS; lot++) {
				Api.Response received = hotel.post(RecordIntakeTest.RECORDS + "/batches",
						Map.of("records", records(lot)));
				assertThat(received.status()).as(received.body()).isEqualTo(202);
				lots.add(received.json().path("lotId").asString());
			}
			// Kill once the first lot is under way: some of its records decided, not all.
			Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
			int processed = 0;
			while (processed == 0 && Instant.now().isBefore(deadline)) {
				processed = hotel.get(RecordIntakeTest.RECORDS + "/batches/" + lots.get(0)).json().path("processed")
					.asInt();
				Thread.sleep(20);
			}
			first.destroyForcibly().waitFor();
			assertThat(processed).as("the kill came while lot 1 was in progress").isBetween(1, RECORDS_PER_LOT - 1);

			second = start(dataDir, port);
			Api again = signIn(awaitUp(port));
			int stored = 0;
			for (String lot : lots) {
				JsonNode done = RecordIntakeTest.awaitDone(again, lot);
				JsonNode results = done.path("results");
				assertThat(results.size()).isEqualTo(RECORDS_PER_LOT);
				for (int position = 0; position < RECORDS_PER_LOT; position++) {
					JsonNode result = results.get(position);
					assertThat(result.path("position").asInt()).isEqualTo(position);
					// Every tenth record is malformed on purpose; the rest are new people.
					String expected = position % 10 == 9 ? "REJECTED" : "STORED";
					assertThat(result.path("outcome").asString()).as(lot + " #" + position).isEqualTo(expected);
				}
				assertThat(done.path("stored").asInt() + done.path("rejected").asInt()).isEqualTo(RECORDS_PER_LOT);
				stored += done.path("stored").asInt();
			}
			long onFile = again.get(RecordIntakeTest.RECORDS + "?trade=HOTEL&size=1").json().path("total").asLong();
			assertThat(onFile).as("each stored result is one record, and no record is stored twice").isEqualTo(stored);
		}
		finally {
			stop(first);
			stop(second);
			OrphanedPostgres.stopIfRunning(dataDir.resolve("postgres"));
		}
	}

	private static List<Object> records(int lot) {
		List<Object> records = new ArrayList<>();
		LocalDate born = LocalDate.of(1960, 1, 1).plusDays(lot * RECORDS_PER_LOT);
		for (int i = 0; i < RECORDS_PER_LOT; i++) {
			String number = i % 10 == 9 ? "not-a-number"
					: TestIds.citizen("500103", born.plusDays(i).format(DateTimeFormatter.BASIC_ISO_DATE), 100 + i % 800);
			records.add(RecordIntakeTest.checkIn("CRASH-" + lot + "-" + i, String.format("%04d", 100 + i % 900),
					RecordIntakeTest.domesticGuest(number, "旅客" + i)));
		}
		return records;
	}

	private static Process start(Path dataDir, int port) throws IOException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-cp", System.getProperty("java.class.path"), ZhianApplication.class.getName(),
				"--zhian.security.pbkdf2-iterations=100000", "--zhian.intake.lot-poll-seconds=1",
				"--zhian.demo-stays=false");
		builder.environment().put("ZHIAN_PORT", String.valueOf(port));
		builder.environment().put("ZHIAN_DATA_DIR", dataDir.toString());
		builder.redirectErrorStream(true).redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile());
		return builder.start();
	}

	private static Api awaitUp(int port) throws InterruptedException {
		Api api = new Api(port);
		Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
		while (Instant.now().isBefore(deadline)) {
			try {
				if (api.get("/api/v1/system/info").status() == 200) {
					return api;
				}
			}
			catch (IllegalStateException notYet) {
				// connection refused while starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("Zhian did not start on port " + port);
	}

	/** The demo city is seeded just after the server starts answering; sign in once it is there. */
	private static Api signIn(Api api) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (true) {
			try {
				return api.loginDemo("hotel");
			}
			catch (AssertionError notYetSeeded) {
				if (Instant.now().isAfter(deadline)) {
					throw notYetSeeded;
				}
				Thread.sleep(500);
			}
		}
	}

	private static void stop(Process process) throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroy();
			if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
