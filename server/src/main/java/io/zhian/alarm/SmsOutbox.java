package io.zhian.alarm;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/** Reads the SMS outbox that the default gateway writes, newest first, for administrators. */
@Component
class SmsOutbox {

	/** One kept message; {@code phone} is null when the unit had no duty officer registered. */
	record Sms(long id, Long alarmId, Long unitId, String unitName, String recipient, String phone, String message,
			java.time.Instant createdAt) {
	}

	private final JdbcClient jdbc;

	SmsOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Paged<Sms> list(Long alarmId, PageQuery page) {
		// Every message, or those of one alarm: "? is null" keeps one statement for both.
		String where = " where (?::bigint is null or s.alarm_id = ?)";
		long total = jdbc.sql("select count(*) from alarm_sms_outbox s" + where).params(alarmId, alarmId)
			.query(Long.class).single();
		List<Sms> items = jdbc.sql("""
				select s.*, u.name as unit_name from alarm_sms_outbox s left join org_unit u on u.id = s.unit_id"""
				+ where + " order by s.created_at desc, s.id desc limit ? offset ?")
			.params(alarmId, alarmId, page.size(), page.offset())
			.query((rs, row) -> new Sms(rs.getLong("id"), (Long) rs.getObject("alarm_id"),
					(Long) rs.getObject("unit_id"), rs.getString("unit_name"), rs.getString("recipient"),
					rs.getString("phone"), rs.getString("message"), rs.getTimestamp("created_at").toInstant()))
			.list();
		return new Paged<>(items, total);
	}
}
