package io.zhian.record;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.venue.Venue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Batch intake: a lot of up to {@value #MAX_RECORDS} records is stored as received and answered at once
 * ("received" is not "accepted"); {@link LotWorker} then decides each record. The venue polls the status.
 */
@Service
public class Lots {

	static final int MAX_RECORDS = 1000;
	private static final TypeReference<List<RecordError>> ERRORS = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final RecordIntake intake;
	private final LotWorker worker;
	private final RecordErrors errors;
	private final AuditTrail audit;
	private final JsonMapper json;
	private final Clock clock;

	Lots(JdbcClient jdbc, RecordIntake intake, LotWorker worker, RecordErrors errors, AuditTrail audit,
			JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.intake = intake;
		this.worker = worker;
		this.errors = errors;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public LotStatus receive(Actor actor, JsonNode records) {
		Venue venue = intake.activeVenue(actor);
		int count = records == null || !records.isArray() ? 0 : records.size();
		if (count == 0 || count > MAX_RECORDS) {
			throw new ZhianException(ErrorCode.BATCH_SIZE, MAX_RECORDS, count);
		}
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into record_lot (id, venue_id, submitted_by, actor, received_at, status, record_count, payload)
				values (?, ?, ?, ?::jsonb, ?, 'RECEIVED', ?, ?::jsonb)""")
			.params(id, venue.id(), actor.userId(), json.writeValueAsString(actor), Timestamp.from(clock.instant()),
					count, json.writeValueAsString(records))
			.update();
		audit.record(AuditRecord.success(AuditAction.CREATE, "RecordLot", id, count + " records"));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.trigger();
			}
		});
		return status(actor, id, Locale.ROOT, false);
	}

	/** The lot's progress and, when asked, every result so far, for the venue that sent it. */
	@Transactional(readOnly = true)
	public LotStatus status(Actor actor, UUID id, Locale locale, boolean withResults) {
		LotStatus lot = jdbc.sql("""
				select id, status, received_at, completed_at, record_count, next_position, stored, duplicates, rejected
				from record_lot where id = ? and venue_id = ?""")
			.params(id, actor.venueId())
			.query((rs, row) -> new LotStatus(id, rs.getString("status"), rs.getTimestamp("received_at").toInstant(),
					rs.getTimestamp("completed_at") == null ? null : rs.getTimestamp("completed_at").toInstant(),
					rs.getInt("record_count"), rs.getInt("next_position"), rs.getInt("stored"),
					rs.getInt("duplicates"), rs.getInt("rejected"), List.of()))
			.optional().orElseThrow(() -> new ZhianException(ErrorCode.LOT_NOT_FOUND, id));
		if (!withResults) {
			return lot;
		}
		List<LotStatus.Result> results = jdbc.sql("""
				select position, reference, outcome, record_id, errors from record_lot_result where lot_id = ?
				order by position""")
			.param(id)
			.query((rs, row) -> new LotStatus.Result(rs.getInt("position"), rs.getString("reference"),
					rs.getString("outcome"), (Long) rs.getObject("record_id"),
					rs.getString("errors") == null ? List.of()
							: errors.render(json.readValue(rs.getString("errors"), ERRORS), locale)))
			.list();
		return new LotStatus(lot.lotId(), lot.status(), lot.receivedAt(), lot.completedAt(), lot.records(),
				lot.processed(), lot.stored(), lot.duplicates(), lot.rejected(), results);
	}

	/** The references the lot stored or found already stored, in position order, for its receipt. */
	@Transactional(readOnly = true)
	List<String> acceptedReferences(UUID id) {
		return jdbc.sql("""
				select reference from record_lot_result where lot_id = ? and outcome <> 'REJECTED' order by position""")
			.param(id).query(String.class).list();
	}
}
