package io.zhian.supervision.inspection;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;

/**
 * Marks open notices whose deadline has passed as overdue and escalates each to the district bureau above the
 * venue's station (逾期升级), once; lists then show them as overdue and escalated. Idempotent, so every node
 * may run it.
 */
@Service
public class RectificationEscalation {

	private final JdbcClient jdbc;
	private final DueInspections due;
	private final AuditTrail audit;
	private final Clock clock;

	RectificationEscalation(JdbcClient jdbc, DueInspections due, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.due = due;
		this.audit = audit;
		this.clock = clock;
	}

	/** Answers how many notices it escalated. */
	@Transactional
	public int escalateOverdue() {
		List<Long> escalated = jdbc.sql("""
				update rectification_notice n set overdue_at = ?,
				    escalated_unit_id = (select coalesce(st.parent_id, st.id) from venue v
				                         join org_unit st on st.id = v.station_unit_id where v.id = n.venue_id)
				where n.status = 'OPEN' and n.overdue_at is null and n.deadline < ? returning n.id""")
			.params(Timestamp.from(clock.instant()), Date.valueOf(due.today()))
			.query(Long.class).list();
		escalated.forEach(id -> audit.recordAs("system", null, null,
				AuditRecord.success(AuditAction.UPDATE, "Rectification", id, "overdue, escalated")));
		return escalated.size();
	}
}
