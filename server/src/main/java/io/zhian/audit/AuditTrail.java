package io.zhian.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;

/**
 * Appends to the audit trail inside the caller's transaction, so a write and its audit row commit or roll
 * back together. An append is one statement and takes no lock: the row is chained afterwards by
 * {@link AuditSealer}, in the order the rows committed, because a chain link taken inside every audited
 * transaction made all of them wait for each other (V23).
 */
@Service
public class AuditTrail {

	static final String ANONYMOUS = "anonymous";

	private final JdbcClient jdbc;
	private final Clock clock;

	public AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records an act of the signed-in user (or of an anonymous caller). */
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
	public void recordAs(String actor, Long actorId, String unitCode, AuditRecord record) {
		append(actor == null || actor.isBlank() ? ANONYMOUS : actor, actorId, unitCode, record);
	}

	/** The row and its place in the sealer's queue, in one statement (atomic without a transaction of its own). */
	private void append(String actor, Long actorId, String unitCode, AuditRecord record) {
		Instant now = AuditChain.truncate(Instant.now(clock));
		jdbc.sql("""
				with appended as (
				    insert into audit_event (id, occurred_at, actor, actor_id, unit_code, source_ip, action, entity_type,
				                             entity_id, outcome, detail)
				    values (nextval('audit_event_seq'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				    returning id)
				insert into audit_pending (event_id) select id from appended""")
			.params(Timestamp.from(now), truncate(actor, 64), actorId, unitCode, CurrentActor.sourceIp(),
					record.action().name(), record.entityType(), record.entityId(), record.outcome().name(),
					record.detail())
			.update();
	}

	private static String truncate(String value, int max) {
		return value.length() <= max ? value : value.substring(0, max);
	}
}
