package io.zhian.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.common.Actor;
import io.zhian.common.DaemonThreads;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works through received lots, a chunk of positions at a time ({@link LotChunk} decides them). A chunk's records,
 * their result rows and the lot's progress are committed in one transaction, so after a crash the lot resumes at
 * the first undecided position: every record is stored exactly once or reported refused. A lot is held by a PostgreSQL session
 * advisory lock for as long as one node works on it; the lock dies with the node's connection, so another
 * node (or the restarted one) can take the lot over at once.
 */
@Component
class LotWorker {

	private static final Logger log = LoggerFactory.getLogger(LotWorker.class);
	/** First key of the advisory locks on lots (the second is the lot id's hash). */
	private static final int LOCK_SPACE = 0x4c4f54;
	/**
	 * Positions decided per transaction. Each record still succeeds or fails alone; the chunk's records are
	 * stored with a handful of statements, and a crash undoes at most one chunk, which is then decided again.
	 */
	private static final int CHUNK = 200;

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final JdbcTemplate batch;
	private final TransactionTemplate transaction;
	private final JsonMapper json;
	private final Clock clock;
	private final long pollSeconds;
	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(DaemonThreads.named("zhian-lot-worker"));
	private final LotChunk chunks;

	LotWorker(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource, PlatformTransactionManager transactions,
			LotChunk chunks, JsonMapper json, Clock clock,
			@Value("${zhian.intake.lot-poll-seconds:10}") long pollSeconds) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.chunks = chunks;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.json = json;
		this.clock = clock;
		this.pollSeconds = pollSeconds;
	}

	/** Picks up what a previous run left unfinished, then keeps polling for lots other nodes received. */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		executor.scheduleWithFixedDelay(this::drain, 0, pollSeconds, TimeUnit.SECONDS);
	}

	void trigger() {
		executor.execute(this::drain);
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	private void drain() {
		try {
			List<UUID> pending;
			do {
				pending = jdbc.sql("select id from record_lot where status <> 'DONE' order by received_at limit 50")
					.query(UUID.class).list();
				boolean worked = false;
				for (UUID lot : pending) {
					worked |= workIfFree(lot);
				}
				if (!worked) {
					return;
				}
			}
			while (!pending.isEmpty() && !Thread.currentThread().isInterrupted());
		}
		catch (RuntimeException e) {
			// The database may be restarting; the next poll tries again and nothing is lost meanwhile.
			log.warn("Lot processing interrupted: {}", e.toString());
		}
	}

	private boolean workIfFree(UUID lot) {
		try (Connection lock = dataSource.getConnection()) {
			if (!advisory(lock, "select pg_try_advisory_lock(?, hashtext(?))", lot)) {
				return false;
			}
			try {
				work(lot);
				return true;
			}
			finally {
				advisory(lock, "select pg_advisory_unlock(?, hashtext(?))", lot);
			}
		}
		catch (SQLException e) {
			log.warn("Lot {} not worked on: {}", lot, e.toString());
			return false;
		}
	}

	private static boolean advisory(Connection connection, String sql, UUID lot) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setInt(1, LOCK_SPACE);
			statement.setString(2, lot.toString());
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	private record Lot(UUID id, long venueId, String status, int next, int count, Actor actor, JsonNode records) {
	}

	private void work(UUID id) {
		Lot lot = jdbc.sql("""
				select id, venue_id, status, next_position, record_count, actor, payload from record_lot where id = ?""")
			.param(id)
			.query((rs, row) -> new Lot(id, rs.getLong("venue_id"), rs.getString("status"), rs.getInt("next_position"),
					rs.getInt("record_count"), json.readValue(rs.getString("actor"), Actor.class),
					json.readTree(rs.getString("payload"))))
			.single();
		if ("DONE".equals(lot.status())) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(lot.actor(), null, List.of()));
		try {
			jdbc.sql("update record_lot set status = 'PROCESSING' where id = ? and status = 'RECEIVED'").param(id)
				.update();
			for (int start = lot.next(); start < lot.count(); start += CHUNK) {
				if (Thread.currentThread().isInterrupted()) {
					return;
				}
				int from = start;
				int to = Math.min(lot.count(), start + CHUNK);
				transaction.executeWithoutResult(status -> recordResults(lot, from,
						chunks.decide(lot.actor(), lot.id(), lot.records(), from, to)));
			}
			jdbc.sql("update record_lot set status = 'DONE', completed_at = ? where id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The chunk's result rows in one batch, and the lot moved on past it in one update. */
	private void recordResults(Lot lot, int from, List<RecordIntake.Result> results) {
		List<Object[]> rows = new ArrayList<>(results.size());
		List<String> outcomes = new ArrayList<>(results.size());
		for (int i = 0; i < results.size(); i++) {
			RecordIntake.Result result = results.get(i);
			String outcome = result.id() == null ? "REJECTED" : result.duplicate() ? "DUPLICATE" : "STORED";
			outcomes.add(outcome);
			JsonNode node = lot.records().get(from + i);
			String reference = node != null && node.path("reference").isString() ? node.path("reference").asString()
					: null;
			rows.add(new Object[] { lot.id(), from + i, outcome, result.id(), reference,
					result.errors().isEmpty() ? null : json.writeValueAsString(result.errors()) });
		}
		batch.batchUpdate("""
				insert into record_lot_result (lot_id, position, outcome, record_id, reference, errors)
				values (?, ?, ?, ?, ?, ?::jsonb)""", rows);
		jdbc.sql("""
				update record_lot set next_position = ?, stored = stored + ?, duplicates = duplicates + ?,
				rejected = rejected + ? where id = ?""")
			.params(from + results.size(), Collections.frequency(outcomes, "STORED"),
					Collections.frequency(outcomes, "DUPLICATE"), Collections.frequency(outcomes, "REJECTED"), lot.id())
			.update();
	}
}
