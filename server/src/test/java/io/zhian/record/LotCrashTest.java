package io.zhian.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.database.OrphanedPostgres;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.ServerProcess;
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
		int port = ServerProcess.freePort();
		ServerProcess first = ServerProcess.start(dataDir, port, "--zhian.intake.lot-poll-seconds=1");
		ServerProcess second = null;
		try {
			Api hotel = first.awaitUpAndSignIn("hotel");
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
			first.kill();
			assertThat(processed).as("the kill came while lot 1 was in progress").isBetween(1, RECORDS_PER_LOT - 1);

			second = ServerProcess.start(dataDir, port, "--zhian.intake.lot-poll-seconds=1");
			Api again = second.awaitUpAndSignIn("hotel");
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
			first.close();
			if (second != null) {
				second.close();
			}
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
}
