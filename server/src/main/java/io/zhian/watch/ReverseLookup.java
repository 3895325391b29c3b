package io.zhian.watch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.common.CurrentActor;
import io.zhian.record.Records;

/**
 * 倒查: when an entry becomes active or a list version replaces the old one, past records within
 * {@code zhian.watch.look-back} are searched through the record store's indexes (document number, plate, VIN,
 * IMEI, serial number) and each match raises an alarm marked retrospective. Runs in the background from the
 * event publication table, so an interrupted lookup is resumed at the next start; dedupe keys make the
 * repetition harmless.
 */
@Component
class ReverseLookup {

	private static final Logger log = LoggerFactory.getLogger(ReverseLookup.class);
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final int BATCH = 200;

	/** One union branch per way a past subject can meet an entry; {@code %s} is the entry condition. */
	private static final String CANDIDATES = """
			select p.record_id, p.occurred_at, e.id as entry_id from watch_entry e join record_party p
			    on p.document_number = e.document_number and p.document_type = e.document_type
			    where %1$s and e.document_number is not null and p.occurred_at >= :since
			union select p.record_id, p.occurred_at, e.id from watch_entry e join record_party p
			    on p.name = e.name and p.birth_date = e.birth_date
			    where %1$s and e.target_type = 'PERSON' and e.document_number is null and p.occurred_at >= :since
			union select p.record_id, p.occurred_at, e.id from watch_entry e join record_party p
			    on regexp_replace(p.phone, '[^0-9]', '', 'g') in (e.phone, '86' || e.phone)
			    where %1$s and e.phone is not null and p.phone is not null and p.occurred_at >= :since
			union select v.record_id, v.occurred_at, e.id from watch_entry e join record_vehicle v on v.plate = e.plate
			    where %1$s and e.plate is not null and v.occurred_at >= :since
			union select v.record_id, v.occurred_at, e.id from watch_entry e join record_vehicle v on v.vin = e.vin
			    where %1$s and e.vin is not null and v.occurred_at >= :since
			union select i.record_id, i.occurred_at, e.id from watch_entry e join record_item i on i.imei = e.imei
			    where %1$s and e.imei is not null and i.occurred_at >= :since
			union select i.record_id, i.occurred_at, e.id from watch_entry e join record_item i
			    on i.serial_number = e.serial_number
			    where %1$s and e.serial_number is not null and i.occurred_at >= :since
			union select i.record_id, i.occurred_at, e.id from watch_entry e join record_item i
			    on i.category = e.item_category and i.description = e.description
			    where %1$s and e.target_type = 'ITEM' and e.imei is null and e.serial_number is null
			    and i.occurred_at >= :since
			order by 2, 1""";

	private final JdbcClient jdbc;
	private final Records records;
	private final RecordComparator comparator;
	private final WatchIndexSync sync;
	private final TransactionTemplate transaction;
	private final WatchProperties properties;
	private final Clock clock;

	ReverseLookup(JdbcClient jdbc, Records records, RecordComparator comparator, WatchIndexSync sync,
			TransactionTemplate transaction, WatchProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.records = records;
		this.comparator = comparator;
		this.sync = sync;
		// Each batch commits on its own. The listener already runs in a transaction of its own
		// (@ApplicationModuleListener), which a joining template would stretch over the whole lookup: every alarm
		// uncommitted until the end, and the audit chain's lock, which every audited request of the server waits
		// for, held throughout (minutes for a big list: see docs/performance.md, 倒查).
		this.transaction = new TransactionTemplate(transaction.getTransactionManager());
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.properties = properties;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WatchEntryActivated activated) {
		int raised = lookBack("e.id = :id", activated.entryId());
		log.info("Reverse lookup of watch entry {}: {} alarms", activated.entryId(), raised);
	}

	@ApplicationModuleListener
	void on(ListVersionActivated activated) {
		int raised = lookBack("e.list_version_id = :id", activated.versionId());
		log.info("Reverse lookup of watch list {} version {}: {} alarms", activated.listId(), activated.versionId(),
				raised);
	}

	/** Searches past records for the entries the condition selects; answers how many alarms were raised. */
	int lookBack(String entryCondition, long id) {
		sync.awaitLoaded();
		// The index must hold the entries before their past matches are compared through it.
		sync.catchUp();
		OffsetDateTime since = OffsetDateTime.now(clock.withZone(CHINA)).minus(properties.lookBack());
		Map<Candidate, Set<Long>> candidates = new LinkedHashMap<>();
		jdbc.sql(CANDIDATES.formatted(entryCondition)).param("id", id).param("since", since)
			.query((java.sql.ResultSet rs) -> {
				Candidate record = new Candidate(rs.getLong(1), rs.getTimestamp(2).toInstant().atZone(CHINA)
					.toOffsetDateTime());
				candidates.computeIfAbsent(record, k -> new java.util.HashSet<>()).add(rs.getLong(3));
			});
		List<Map.Entry<Candidate, Set<Long>>> all = new ArrayList<>(candidates.entrySet());
		int raised = 0;
		for (int from = 0; from < all.size(); from += BATCH) {
			List<Map.Entry<Candidate, Set<Long>>> batch = all.subList(from, Math.min(all.size(), from + BATCH));
			raised += transaction.execute(status -> raise(batch));
		}
		return raised;
	}

	private int raise(List<Map.Entry<Candidate, Set<Long>>> batch) {
		int[] raised = { 0 };
		CurrentActor.runAsSystem(Set.of(), () -> {
			for (Map.Entry<Candidate, Set<Long>> candidate : batch) {
				records.subjects(candidate.getKey().recordId(), candidate.getKey().occurredAt()).ifPresent(record -> {
					for (RecordComparator.Match match : comparator.matches(record)) {
						if (candidate.getValue().contains(match.hit().entryId())
								&& comparator.raise(record, match, true)) {
							raised[0]++;
						}
					}
				});
			}
		});
		return raised[0];
	}

	private record Candidate(long recordId, OffsetDateTime occurredAt) {
	}
}
