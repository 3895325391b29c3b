package io.zhian.alarm;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The action log of an alarm (who did what, when), kept beside the audit trail and shown with the alarm. */
@Component
class ActionLog {

	/** One logged step; {@code actorId} is null for the system (raising, escalation). */
	record Entry(String action, AlarmStatus fromStatus, AlarmStatus toStatus, Long actorId, String actorName,
			Instant actedAt, String detail) {
	}

	private final JdbcClient jdbc;

	ActionLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void append(long alarmId, Entry entry) {
		jdbc.sql("""
				insert into alarm_action (alarm_id, action, from_status, to_status, actor_id, actor_name, acted_at, detail)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(alarmId, entry.action(), entry.fromStatus() == null ? null : entry.fromStatus().name(),
					entry.toStatus().name(), entry.actorId(), entry.actorName(), Timestamp.from(entry.actedAt()),
					entry.detail())
			.update();
	}

	List<Entry> of(long alarmId) {
		return jdbc.sql("select * from alarm_action where alarm_id = ? order by id").param(alarmId)
			.query((rs, row) -> {
				String from = rs.getString("from_status");
				return new Entry(rs.getString("action"), from == null ? null : AlarmStatus.valueOf(from),
						AlarmStatus.valueOf(rs.getString("to_status")), (Long) rs.getObject("actor_id"),
						rs.getString("actor_name"), rs.getTimestamp("acted_at").toInstant(), rs.getString("detail"));
			}).list();
	}
}
