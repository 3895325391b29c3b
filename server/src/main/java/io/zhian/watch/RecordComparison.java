package io.zhian.watch;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import io.zhian.common.CurrentActor;
import io.zhian.record.RecordStored;
import io.zhian.record.Records;
import io.zhian.record.RecordsStored;

/**
 * Every stored record, whatever its trade and intake path, is compared here: one {@link RecordStored} for a
 * record stored alone, one {@link RecordsStored} for each chunk of a lot stored in bulk (its records compared one
 * after the other, the same steps, in one transaction). The event is published in the storing transaction and
 * kept in Spring Modulith's event publication table (the transactional outbox) until this listener's own
 * transaction, which raises the alarms, commits: a crash in between replays the event at the next start, and the
 * alarms' dedupe keys make the replay harmless (a chunk's replay compares again the records already compared).
 */
@Component
class RecordComparison {

	private static final Logger log = LoggerFactory.getLogger(RecordComparison.class);

	private final Records records;
	private final WatchIndexSync sync;
	private final RecordComparator comparator;
	private final IdentityChecks identity;
	private final HighRiskRegions regions;
	private final FrequencyClues frequency;
	private final Duration delay;

	RecordComparison(Records records, WatchIndexSync sync, RecordComparator comparator, IdentityChecks identity,
			HighRiskRegions regions, FrequencyClues frequency, WatchProperties properties) {
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
		compare(List.of(stored));
	}

	@ApplicationModuleListener
	void on(RecordsStored stored) throws InterruptedException {
		compare(stored.records());
	}

	private void compare(List<RecordStored> stored) throws InterruptedException {
		holdBack(stored);
		sync.awaitLoaded();
		CurrentActor.runAsSystem(Set.of(), () -> stored.forEach(one -> records.subjects(one.recordId(), one.occurredAt())
			.ifPresentOrElse(record -> {
				comparator.compare(record);
				identity.check(record);
				regions.check(record);
				frequency.check(record);
			}, () -> log.warn("Stored record {} not found for comparison", one.recordId()))));
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
