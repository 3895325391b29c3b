package io.zhian.alarm;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/** The duty officer (值班民警) of each unit, who receives the unit's alarms by SMS; set by administrators. */
@Component
class DutyOfficers {

	private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}");

	/** A unit's duty officer. */
	record Duty(long unitId, String unitName, String officerName, String phone) {
	}

	/** What an administrator sends. */
	record Change(String officerName, String phone) {
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	DutyOfficers(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	Optional<Duty> of(long unitId) {
		return jdbc.sql(SELECT + " where d.unit_id = ?").param(unitId).query(DutyOfficers::duty).optional();
	}

	List<Duty> all() {
		return jdbc.sql(SELECT + " order by u.path").query(DutyOfficers::duty).list();
	}

	@Transactional
	Duty set(Actor actor, long unitId, Change change) {
		String name = change.officerName() == null ? "" : change.officerName().strip();
		String phone = change.phone() == null ? "" : change.phone().strip();
		if (name.isEmpty() || name.length() > 100 || !MOBILE.matcher(phone).matches()) {
			throw new ZhianException(ErrorCode.ALARM_DUTY_INVALID, phone);
		}
		boolean unitExists = jdbc.sql("select exists (select 1 from org_unit where id = ?)").param(unitId)
			.query(Boolean.class).single();
		if (!unitExists) {
			throw new ZhianException(ErrorCode.UNIT_NOT_FOUND, unitId);
		}
		jdbc.sql("""
				insert into alarm_duty (unit_id, officer_name, phone, updated_by, updated_at) values (?, ?, ?, ?, ?)
				on conflict (unit_id) do update set officer_name = excluded.officer_name, phone = excluded.phone,
				    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
			.params(unitId, name, phone, actor.username(), Timestamp.from(clock.instant()))
			.update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "AlarmDuty", unitId, name));
		return of(unitId).orElseThrow();
	}

	private static final String SELECT = """
			select d.unit_id, u.name as unit_name, d.officer_name, d.phone
			from alarm_duty d join org_unit u on u.id = d.unit_id""";

	private static Duty duty(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Duty(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("officer_name"),
				rs.getString("phone"));
	}
}
