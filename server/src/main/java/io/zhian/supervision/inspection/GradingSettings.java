package io.zhian.supervision.inspection;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/** The one set of grade thresholds and inspection intervals of the installation (city bureau edits it). */
@Service
public class GradingSettings {

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	GradingSettings(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public Grading current() {
		return jdbc.sql("select * from inspection_grading where id = 1")
			.query((rs, row) -> new Grading(rs.getInt("a_min"), rs.getInt("b_min"), rs.getInt("c_min"),
					rs.getInt("a_months"), rs.getInt("b_months"), rs.getInt("c_months"), rs.getInt("d_months"),
					rs.getInt("ungraded_days")))
			.single();
	}

	/** Takes effect at once: grades already given stay, due dates follow the new intervals. */
	@Transactional
	public Grading update(Actor actor, Grading grading) {
		if (grading == null || !grading.valid()) {
			throw new ZhianException(ErrorCode.INSPECTION_GRADING_INVALID);
		}
		jdbc.sql("""
				update inspection_grading set a_min = ?, b_min = ?, c_min = ?, a_months = ?, b_months = ?, c_months = ?,
				    d_months = ?, ungraded_days = ?, updated_at = ?, updated_by_name = ? where id = 1""")
			.params(grading.aMin(), grading.bMin(), grading.cMin(), grading.aMonths(), grading.bMonths(),
					grading.cMonths(), grading.dMonths(), grading.ungradedDays(), Timestamp.from(clock.instant()),
					actor.displayName())
			.update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "InspectionGrading", 1L, grading.toString()));
		return current();
	}
}
