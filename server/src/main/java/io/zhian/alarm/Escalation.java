package io.zhian.alarm;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;

/**
 * Escalates (超时升级) every published alarm that has waited longer than {@code zhian.alarm.sign-within} for its
 * signature: marks it, routes it also to the district above its unit (the district sees it highlighted), texts
 * the district's duty officer, logs, audits and announces it. Rows are claimed with {@code skip locked}, so
 * several nodes running the job at once escalate each alarm once.
 */
@Service
class Escalation {

	private record Escalated(long id, Long districtId, AlarmLevel level, String summary) {
	}

	private final JdbcClient jdbc;
	private final ActionLog log;
	private final AlarmTexts texts;
	private final AlarmChanges changes;
	private final AuditTrail audit;
	private final AlarmProperties properties;
	private final Clock clock;

	Escalation(JdbcClient jdbc, ActionLog log, AlarmTexts texts, AlarmChanges changes, AuditTrail audit,
			AlarmProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.log = log;
		this.texts = texts;
		this.changes = changes;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/** Escalates what is overdue now; answers how many alarms. */
	@Transactional
	int escalateOverdue() {
		Instant now = clock.instant();
		List<Escalated> escalated = jdbc.sql("""
				with due as (
				    select id from alarm
				    where status = 'RAISED' and review = 'PUBLISHED' and escalated_at is null and published_at <= ?
				    for update skip locked)
				update alarm a set escalated_at = ?, escalated_unit_id = (
				    select d.id from org_unit u join org_unit d on u.path like d.path || '%'
				    where u.id = a.unit_id and d.level in ('DISTRICT', 'CITY')
				    order by d.level = 'DISTRICT' desc limit 1)
				from due where a.id = due.id
				returning a.id, a.escalated_unit_id, a.level, a.summary""")
			.params(Timestamp.from(now.minus(properties.signWithin())), Timestamp.from(now))
			.query((rs, row) -> new Escalated(rs.getLong("id"), (Long) rs.getObject("escalated_unit_id"),
					AlarmLevel.valueOf(rs.getString("level")), rs.getString("summary")))
			.list();
		for (Escalated alarm : escalated) {
			String detail = "not signed within " + properties.signWithin().toMinutes() + " min";
			log.append(alarm.id(), new ActionLog.Entry("ESCALATE", AlarmStatus.RAISED, AlarmStatus.RAISED, null,
					AlarmRaising.SYSTEM, now, detail));
			audit.recordAs(AlarmRaising.SYSTEM, null, null,
					AuditRecord.success(AuditAction.UPDATE, "Alarm", alarm.id(), "ESCALATE " + detail));
			texts.tell(alarm.districtId(), alarm.id(), alarm.level(), alarm.summary(), "超时未签收报警");
			changes.announce(alarm.id());
		}
		return escalated.size();
	}
}
