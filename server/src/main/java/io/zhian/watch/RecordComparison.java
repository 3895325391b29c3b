package io.zhian.watch;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.stereotype.Component;

import io.zhian.common.CurrentActor;
import io.zhian.record.RecordStored;
import io.zhian.record.Records;
import io.zhian.record.RecordsStored;

/**
 * Every stored record, whatever its trade and intake path, is compared here: one {@link RecordStored} for a
 * record stored alone, one {@link RecordsStored} for each chunk of a lot stored in bulk (its records compared one
 * after the other, the same steps, each in its own transaction). The event is published in the storing
 * transaction and kept in Spring Modulith's event publication table (the transactional outbox) until this
 * listener has raised the alarms and committed (for a chunk: every record's transaction): a crash in between
 * replays the event at the next start, and the alarms' dedupe keys make the replay harmless (a chunk's replay
 * compares again the records already compared).
 */
@Component
class RecordComparison {

	private static final Logger log = LoggerFactory.getLogger(RecordComparison.class);
	/** Tries of one record of a chunk that keeps losing lock conflicts (deadlocks) with concurrent comparisons. */
	private static final int ATTEMPTS = 3;

	private final Records records;
	private final WatchIndexSync sync;
	private final RecordComparator comparator;
	private final IdentityChecks identity;
	private final HighRiskRegions regions;
	private final FrequencyClues frequency;
	private final Duration delay;
	private final TransactionTemplate transaction;

	RecordComparison(Records records, WatchIndexSync sync, RecordComparator comparator, IdentityChecks identity,
			HighRiskRegions regions, FrequencyClues frequency, WatchProperties properties,
			PlatformTransactionManager transactions) {
		this.transaction = new TransactionTemplate(transactions);
		this.records = records;
		this.sync = sync;
		this.comparator = comparator;
		this.identity = identity;
		this.regions = regions;
		this.frequency = frequency;
		this.delay = properties.comparisonDelay();
	}

	@ApplicationModuleListener
	void on(RecordStored stored) throws InterruptedException {
		holdBack(List.of(stored));
		sync.awaitLoaded();
		compare(stored);
	}

	/**
	 * Each record of the chunk in a transaction of its own, as if it had come alone: one transaction for hundreds
	 * of records would hold their rows' locks long enough for two chunks compared at once to deadlock. A record
	 * that loses a lock conflict is compared again; one that still fails leaves the publication incomplete (the
	 * others are compared all the same), so the chunk is delivered again later.
	 */
	@Async
	@TransactionalEventListener
	void on(RecordsStored stored) throws InterruptedException {
		holdBack(stored.records());
		sync.awaitLoaded();
		RuntimeException failed = null;
		for (RecordStored one : stored.records()) {
			try {
				compareAlone(one, ATTEMPTS);
			}
			catch (RuntimeException e) {
				log.warn("Comparison of record {} failed: {}", one.recordId(), e.toString());
				failed = e;
			}
		}
		if (failed != null) {
			throw failed;
		}
	}

	private void compareAlone(RecordStored stored, int attempts) {
		try {
			transaction.executeWithoutResult(status -> compare(stored));
		}
		catch (ConcurrencyFailureException e) {
			if (attempts <= 1) {
				throw e;
			}
			compareAlone(stored, attempts - 1);
		}
	}

	private void compare(RecordStored stored) {
		CurrentActor.runAsSystem(Set.of(), () -> records.subjects(stored.recordId(), stored.occurredAt())
			.ifPresentOrElse(record -> {
				comparator.compare(record);
				identity.check(record);
				regions.check(record);
				frequency.check(record);
			}, () -> log.warn("Stored record {} not found for comparison", stored.recordId())));
	}

	/** Only crash tests set a delay: the log line tells them the records are committed and not yet compared. */
	private void holdBack(List<RecordStored> stored) throws InterruptedException {
		if (!delay.isZero() && !delay.isNegative()) {
			log.warn("Comparison of record {} held back for {} (zhian.watch.comparison-delay)",
					stored.stream().map(one -> String.valueOf(one.recordId())).collect(Collectors.joining(", ")),
					delay);
			Thread.sleep(delay.toMillis());
		}
	}
}
