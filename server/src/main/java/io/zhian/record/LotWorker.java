package io.zhian.record;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.common.Actor;
import io.zhian.common.ZhianException;
import io.zhian.venue.Venue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works through received lots, record by record. Each record's rows and its result row are committed in one
 * transaction together with the lot's progress, so after a crash the lot resumes at the first undecided
 * position: every record is stored exactly once or reported refused. A lot is held by a PostgreSQL session
 * advisory lock for as long as one node works on it; the lock dies with the node's connection, so another
 * node (or the restarted one) can take the lot over at once.
 */
@Component
class LotWorker {

	private static final Logger log = LoggerFactory.getLogger(LotWorker.class);
	/** First key of the advisory locks on lots (the second is the lot id's hash). */
	private static final int LOCK_SPACE = 0x4c4f54;
	/**
	 * Positions decided per transaction. Each record still succeeds or fails alone (a savepoint each); the
	 * chunk only saves commits, and a crash undoes at most one chunk, which is then decided again.
	 */
	private static final int CHUNK = 50;

	private final JdbcClient jdbc;
	private final DataSource dataSource;
	private final TransactionTemplate transaction;
	private final TransactionTemplate savepoint;
	private final JsonMapper json;
	private final Clock clock;
	private final long pollSeconds;
	private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "zhian-lot-worker");
		thread.setDaemon(true);
		return thread;
	});
	private final RecordIntake intake;
	private final SubmissionReader reader;

	LotWorker(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, RecordIntake intake,
			SubmissionReader reader, JsonMapper json, Clock clock,
			@Value("${zhian.intake.lot-poll-seconds:10}") long pollSeconds) {
		this.jdbc = jdbc;
		this.reader = reader;
		this.intake = intake;
		this.dataSource = dataSource;
		this.transaction = new TransactionTemplate(transactions);
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
				transaction.executeWithoutResult(status -> {
					for (int position = from; position < to; position++) {
						decide(lot, position);
					}
				});
			}
			jdbc.sql("update record_lot set status = 'DONE', completed_at = ? where id = ?")
				.params(Timestamp.from(clock.instant()), id).update();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** Decides one position: stores the record or records why not, and moves the lot on, in the chunk's transaction. */
	private void decide(Lot lot, int position) {
		JsonNode node = lot.records().get(position);
		String reference = node != null && node.path("reference").isString() ? node.path("reference").asString()
				: null;
		RecordIntake.Result result;
		SubmissionReader.Read read = reader.read(node, position);
		try {
			RecordSubmission submission = read.submission();
			result = submission == null ? new RecordIntake.Result(null, false, read.errors()) : savepoint.execute(status -> {
				try {
					return intake.accept(lot.actor(), venue(lot), submission, RecordSource.BATCH, lot.id());
				}
				catch (RecordRefused refused) {
					status.setRollbackOnly();
					return new RecordIntake.Result(null, false, refused.errors());
				}
			});
		}
		catch (ZhianException refused) {
			result = new RecordIntake.Result(null, false, List.of(RecordError.of("", refused.errorCode(),
					refused.arguments())));
		}
		String outcome = result.id() == null ? "REJECTED" : result.duplicate() ? "DUPLICATE" : "STORED";
		jdbc.sql("""
				insert into record_lot_result (lot_id, position, outcome, record_id, reference, errors)
				values (?, ?, ?, ?, ?, ?::jsonb)""")
			.params(lot.id(), position, outcome, result.id(), reference,
					result.errors().isEmpty() ? null : json.writeValueAsString(result.errors()))
			.update();
		jdbc.sql("""
				update record_lot set next_position = ?, stored = stored + ?, duplicates = duplicates + ?,
				rejected = rejected + ? where id = ?""")
			.params(position + 1, "STORED".equals(outcome) ? 1 : 0, "DUPLICATE".equals(outcome) ? 1 : 0,
					"REJECTED".equals(outcome) ? 1 : 0, lot.id())
			.update();
	}

	/** The venue as it is now: one suspended meanwhile gets the rest of its lot refused (ZA-6012). */
	private Venue venue(Lot lot) {
		return intake.activeVenue(lot.actor());
	}
}
