package io.zhian.audit;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains committed audit rows into the hash chain ({@code audit_seal}), in the order it finds them in
 * {@code audit_pending}. One sealer works at a time across all nodes (a transaction-scoped advisory lock), so
 * the chain stays a single line; a row's seal and its removal from the queue commit together, so a crash
 * seals nothing twice and loses nothing. A row is sealed within {@code zhian.audit.seal-every} of its commit
 * (half a second by default) — the window in which a row is in the trail but not yet in the chain.
 */
import io.zhian.common.DaemonThreads;

@Component
class AuditSealer {

	private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
	private static final long CHAIN_LOCK = 0x5A48_4941_4E41_5544L; // "ZHIANAUD"
	/** Rows sealed per transaction: bounds one transaction, not the rate (the sealer loops while rows wait). */
	private static final int BATCH = 5_000;

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final Duration every;
	private final ScheduledExecutorService executor = Executors
		.newSingleThreadScheduledExecutor(DaemonThreads.named("zhian-audit-sealer"));

	AuditSealer(JdbcClient jdbc, PlatformTransactionManager transactions,
			@Value("${zhian.audit.seal-every:500ms}") Duration every) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.every = every;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		executor.scheduleWithFixedDelay(this::sealQuietly, 0, every.toMillis(), TimeUnit.MILLISECONDS);
	}

	@jakarta.annotation.PreDestroy
	void stop() {
		executor.shutdownNow();
	}

	/** Seals every row committed so far (the chain check calls it first, so that it checks everything). */
	void sealPending() {
		while (Boolean.TRUE.equals(transaction.execute(status -> sealBatch()))) {
			// another batch waits
		}
	}

	private void sealQuietly() {
		try {
			sealPending();
		}
		catch (RuntimeException e) {
			// The database may be restarting; the rows wait in audit_pending for the next round.
			log.warn("Audit rows not sealed this round: {}", e.toString());
		}
	}

	private record Head(long sealSeq, String hash) {
	}

	/** One batch in the caller's transaction; true when a full batch was sealed and more may wait. */
	private boolean sealBatch() {
		if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(CHAIN_LOCK).query(Boolean.class).single()) {
			return false; // another node is sealing
		}
		List<AuditEvent> events = jdbc.sql("""
				select e.* from audit_event e
				where e.id in (select event_id from audit_pending order by event_id limit ?)
				order by e.id""")
			.param(BATCH)
			.query(AuditQueries::event)
			.list();
		if (events.isEmpty()) {
			return false;
		}
		Head head = jdbc.sql("select seal_seq, hash from audit_seal order by seal_seq desc limit 1")
			.query((ResultSet rs, int row) -> new Head(rs.getLong(1), rs.getString(2)))
			.optional()
			.orElse(new Head(0, AuditChain.GENESIS));
		int n = events.size();
		Long[] seqs = new Long[n];
		Long[] ids = new Long[n];
		String[] previous = new String[n];
		String[] hashes = new String[n];
		String last = head.hash();
		for (int i = 0; i < n; i++) {
			seqs[i] = head.sealSeq() + 1 + i;
			ids[i] = events.get(i).id();
			previous[i] = last;
			hashes[i] = AuditChain.hash(last, events.get(i));
			last = hashes[i];
		}
		jdbc.sql("""
				insert into audit_seal (seal_seq, event_id, prev_hash, hash)
				select * from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[])""")
			.params(seqs, ids, previous, hashes)
			.update();
		jdbc.sql("delete from audit_pending where event_id = any(?::bigint[])").param(ids).update();
		return n == BATCH;
	}
}
