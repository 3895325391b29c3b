package io.zhian.alarm;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * The steps officers take on an alarm: sign for it (签收), record the action taken (处置), give feedback with an
 * outcome (反馈), close it; reassign it to another unit or officer (改派); and, for reviewers, release or
 * suppress an alarm the publish switch holds. Each step locks the alarm, checks that the actor may see it and
 * that the step follows its status (else ZA-8101 / ZA-8102 and nothing changes), then logs, audits and
 * announces it.
 */
@Service
class AlarmLifecycle {

	static final String HANDLER = "ALARM_HANDLE";
	static final int TEXT_MAX = 1000;

	/** A reassignment: the new unit, optionally one of its officers, and why. */
	record Reassignment(Long unitId, Long officerId, String reason) {
	}

	private final JdbcClient jdbc;
	private final AlarmQueries queries;
	private final ActionLog log;
	private final AlarmTexts texts;
	private final AlarmChanges changes;
	private final AuditTrail audit;
	private final Clock clock;

	AlarmLifecycle(JdbcClient jdbc, AlarmQueries queries, ActionLog log, AlarmTexts texts, AlarmChanges changes,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.queries = queries;
		this.log = log;
		this.texts = texts;
		this.changes = changes;
		this.audit = audit;
		this.clock = clock;
	}

	/** 签收: the signing officer takes the alarm on. */
	@Transactional
	AlarmView sign(Actor actor, long id) {
		return step(actor, id, "SIGN", AlarmStatus.SIGNED, null, "signed_at = ?, officer_id = ?", now(),
				actor.userId());
	}

	@Transactional
	AlarmView handle(Actor actor, long id, String action) {
		String taken = text(action, "action", true);
		return step(actor, id, "HANDLE", AlarmStatus.HANDLED, taken, "handled_at = ?, handling_action = ?", now(),
				taken);
	}

	@Transactional
	AlarmView feedback(Actor actor, long id, String outcome, String note) {
		String code = outcome == null ? "" : outcome.strip();
		boolean known = jdbc.sql("select exists (select 1 from alarm_outcome where code = ?)").param(code)
			.query(Boolean.class).single();
		if (!known) {
			throw new ZhianException(ErrorCode.ALARM_OUTCOME_UNKNOWN, code);
		}
		String clean = text(note, "note", false);
		return step(actor, id, "FEEDBACK", AlarmStatus.FEEDBACK, clean == null ? code : code + ": " + clean,
				"feedback_at = ?, outcome = ?, outcome_note = ?", now(), code, clean);
	}

	@Transactional
	AlarmView close(Actor actor, long id) {
		return step(actor, id, "CLOSE", AlarmStatus.CLOSED, null, "closed_at = ?", now());
	}

	/**
	 * 改派: routes an alarm that is not yet handled to another unit (and officer), where it must be signed for
	 * again; the sign-within clock starts afresh and the unit's duty officer is texted.
	 */
	@Transactional
	AlarmView reassign(Actor actor, long id, Reassignment to) {
		AlarmView alarm = locked(actor, id);
		if (alarm.review() != Review.PUBLISHED
				|| (alarm.status() != AlarmStatus.RAISED && alarm.status() != AlarmStatus.SIGNED)) {
			throw refused(alarm, "REASSIGN");
		}
		checkTarget(to);
		String reason = text(to.reason(), "reason", false);
		Instant now = clock.instant();
		jdbc.sql("""
				update alarm set unit_id = ?, officer_id = ?, status = 'RAISED', signed_at = null, published_at = ?,
				    escalated_at = null, escalated_unit_id = null where id = ?""")
			.params(to.unitId(), to.officerId(), Timestamp.from(now), id).update();
		String detail = "unit " + to.unitId() + (to.officerId() == null ? "" : ", officer " + to.officerId())
				+ (reason == null ? "" : ": " + reason);
		record(actor, alarm, "REASSIGN", AlarmStatus.RAISED, detail, now);
		texts.tell(to.unitId(), id, alarm.level(), alarm.summary(), "改派报警");
		return view(actor, id);
	}

	/** Publishes an alarm the publish switch held (发布), as if it had just been raised. */
	@Transactional
	AlarmView release(Actor actor, long id) {
		AlarmView alarm = reviewed(actor, id);
		Instant now = clock.instant();
		jdbc.sql("update alarm set review = 'PUBLISHED', published_at = ? where id = ?")
			.params(Timestamp.from(now), id).update();
		record(actor, alarm, "RELEASE", alarm.status(), null, now);
		texts.tell(alarm.unit() == null ? null : alarm.unit().id(), id, alarm.level(), alarm.summary(), "新报警");
		return view(actor, id);
	}

	/** Suppresses (屏蔽) an alarm the publish switch held: it stays, seen only by reviewers. */
	@Transactional
	AlarmView suppress(Actor actor, long id, String reason) {
		AlarmView alarm = reviewed(actor, id);
		String why = text(reason, "reason", false);
		jdbc.sql("update alarm set review = 'SUPPRESSED' where id = ?").param(id).update();
		record(actor, alarm, "SUPPRESS", alarm.status(), why, clock.instant());
		return view(actor, id);
	}

	private AlarmView step(Actor actor, long id, String action, AlarmStatus next, String detail, String set,
			Object... values) {
		AlarmView alarm = locked(actor, id);
		if (alarm.review() != Review.PUBLISHED || !alarm.status().mayBecome(next)) {
			throw refused(alarm, action);
		}
		List<Object> params = new ArrayList<>(Arrays.asList(values));
		params.add(0, next.name());
		params.add(id);
		jdbc.sql("update alarm set status = ?, " + set + " where id = ?").params(params).update();
		record(actor, alarm, action, next, detail, clock.instant());
		return view(actor, id);
	}

	private AlarmView reviewed(Actor actor, long id) {
		AlarmView alarm = locked(actor, id);
		if (alarm.review() != Review.PENDING) {
			throw new ZhianException(ErrorCode.ALARM_NOT_IN_REVIEW, id);
		}
		return alarm;
	}

	/** Locks the alarm's row, then reads it as the actor may see it, so two officers cannot both take a step. */
	private AlarmView locked(Actor actor, long id) {
		jdbc.sql("select id from alarm where id = ? for update").param(id).query(Long.class).optional();
		return queries.visible(actor, id);
	}

	private void record(Actor actor, AlarmView alarm, String action, AlarmStatus to, String detail, Instant at) {
		log.append(alarm.id(), new ActionLog.Entry(action, alarm.status(), to, actor.userId(), actor.displayName(), at,
				detail));
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Alarm", alarm.id(),
				action + (detail == null ? "" : " " + detail)));
		changes.announce(alarm.id());
	}

	/** The reassignment's unit must be an enabled police unit, its officer an enabled officer within it. */
	private void checkTarget(Reassignment to) {
		String path = to.unitId() == null ? null
				: jdbc.sql("select path from org_unit where id = ? and enabled").param(to.unitId())
					.query(String.class).optional().orElse(null);
		boolean officerFits = to.officerId() == null || (path != null && jdbc.sql("""
				select exists (select 1 from org_user usr join org_unit u on u.id = usr.unit_id
				               where usr.id = ? and usr.kind = 'POLICE' and usr.enabled and u.path like ?)""")
			.params(to.officerId(), path + "%").query(Boolean.class).single());
		if (path == null || !officerFits) {
			throw new ZhianException(ErrorCode.ALARM_REASSIGN_INVALID, to.unitId(), to.officerId());
		}
	}

	/** The alarm after the step (even when a reassignment took it out of the actor's scope). */
	private AlarmView view(Actor actor, long id) {
		AlarmView alarm = queries.find(id).orElseThrow();
		boolean full = actor.can(AlarmQueries.FULL_VIEW) || actor.can(HANDLER);
		return full ? alarm : AlarmQueries.masked(alarm);
	}

	private static ZhianException refused(AlarmView alarm, String action) {
		String status = alarm.review() == Review.PUBLISHED ? alarm.status().name() : alarm.review().name();
		return new ZhianException(ErrorCode.ALARM_TRANSITION_INVALID, alarm.id(), status, action);
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	static String text(String value, String field, boolean required) {
		String clean = value == null ? "" : value.strip();
		if ((required && clean.isEmpty()) || clean.length() > TEXT_MAX) {
			throw new ZhianException(ErrorCode.ALARM_TEXT_REQUIRED, field, TEXT_MAX);
		}
		return clean.isEmpty() ? null : clean;
	}
}
