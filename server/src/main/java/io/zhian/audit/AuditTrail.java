package io.zhian.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;

/**
 * Appends to the audit trail inside the caller's transaction, so a write and its audit row commit or roll
 * back together. Appends are serialised by a transaction-scoped advisory lock, which is what makes the
 * hash chain a single line; {@code audit_chain_next} (V23) takes the lock, reads the chain's head and draws the
 * next id in one round trip, because every audited request of the server waits for the lock in turn.
 */
@Service
public class AuditTrail {

	private static final long CHAIN_LOCK = 0x5A48_4941_4E41_5544L; // "ZHIANAUD"
	static final String ANONYMOUS = "anonymous";

	private final JdbcClient jdbc;
	private final Clock clock;

	public AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an act of the signed-in user (or of an anonymous caller). */
	@Transactional
	public void record(AuditRecord record) {
		Actor actor = CurrentActor.get().orElse(null);
		if (actor == null) {
			append(ANONYMOUS, null, null, record);
		}
		else {
			append(actor.username(), actor.userId(), actor.unitCode(), record);
		}
	}

	/** Records an act before anyone is signed in, e.g. a login attempt, under the name that was tried. */
	@Transactional
	public void recordAs(String actor, Long actorId, String unitCode, AuditRecord record) {
		append(actor == null || actor.isBlank() ? ANONYMOUS : actor, actorId, unitCode, record);
	}

	private void append(String actor, Long actorId, String unitCode, AuditRecord record) {
		record Head(String previousHash, long nextId) {
		}
		Head head = jdbc.sql("select previous_hash, next_id from audit_chain_next(?)").param(CHAIN_LOCK)
			.query((rs, row) -> new Head(rs.getString(1), rs.getLong(2))).single();
		String previous = head.previousHash() == null ? AuditChain.GENESIS : head.previousHash();
		long id = head.nextId();
		Instant now = AuditChain.truncate(Instant.now(clock));
		AuditEvent event = new AuditEvent(id, now, truncate(actor, 64), actorId, unitCode,
				CurrentActor.sourceIp(), record.action().name(), record.entityType(), record.entityId(),
				record.outcome().name(), record.detail());
		String hash = AuditChain.hash(previous, event);
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, actor_id, unit_code, source_ip, action, entity_type,
				                         entity_id, outcome, detail, prev_hash, hash)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(event.id(), Timestamp.from(event.occurredAt()), event.actor(), event.actorId(), event.unitCode(),
					event.sourceIp(), event.action(), event.entityType(), event.entityId(), event.outcome(),
					event.detail(), previous, hash)
			.update();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
