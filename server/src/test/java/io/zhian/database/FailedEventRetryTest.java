package io.zhian.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;

/**
 * A comparison whose listener failed (as when no pool connection was free) is handed back by the retry job
 * and completes, without a restart; the alarm stays single because alarms carry dedupe keys.
 */
class FailedEventRetryTest extends IntegrationTest {

	@Autowired
	FailedEventRetry retry;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aFailedComparisonIsDeliveredAgainWithoutARestart() throws Exception {
		String number = TestIds.citizen("500103", "19340607", (int) (System.nanoTime() % 1000));
		Api station = api.loginDemo("station");
		assertThat(station.post("/api/v1/watch/entries", Map.of("targetType", "PERSON", "documentType", "111",
				"documentNumber", number, "name", "重试测试", "category", "FUGITIVE", "reason", "网上追逃")).status())
			.isEqualTo(201);
		Api.Response stored = api.loginDemo("hotel").post("/api/v1/records",
				Stays.checkIn(Stays.reference(), "1202", Stays.domesticGuest(number, "重试测试")));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		long recordId = stored.json().path("id").asLong();
		UUID publication = comparison(recordId, true);

		// The state Spring Modulith leaves when the listener throws: failed, not completed, a while ago.
		jdbc.sql("""
				update event_publication set completion_date = null, status = 'FAILED',
				    publication_date = now() - interval '1 hour' where id = ?""").param(publication).update();
		assertThat(comparison(recordId, false)).isEqualTo(publication);

		retry.retry();

		assertThat(comparison(recordId, true)).isEqualTo(publication);
		assertThat(jdbc.sql("select count(*) from alarm where record_id = ?").param(recordId).query(Long.class)
			.single()).isEqualTo(1);
	}

	/** The outbox row of the record's comparison once it is (or is not) completed, waiting up to 15 s. */
	private UUID comparison(long recordId, boolean completed) throws InterruptedException {
		for (int i = 0; i < 150; i++) {
			List<UUID> rows = jdbc.sql("select id from event_publication where listener_id like '%RecordComparison%'"
					+ " and serialized_event like ? and (completion_date is not null) = ?")
				.param("%\"recordId\":" + recordId + ",%").param(completed).query(UUID.class).list();
			if (!rows.isEmpty()) {
				return rows.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The comparison of record " + recordId + (completed ? " never completed" : " is done"));
	}
}
