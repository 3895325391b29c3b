package io.zhian.alarm;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The default SMS gateway: keeps every message in {@code alarm_sms_outbox} for administrators to read. */
class OutboxSmsGateway implements SmsGateway {

	private final JdbcClient jdbc;
	private final Clock clock;

	OutboxSmsGateway(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public void send(SmsMessage message) {
		jdbc.sql("""
				insert into alarm_sms_outbox (alarm_id, unit_id, recipient, phone, message, created_at)
				values (?, ?, ?, ?, ?, ?)""")
			.params(message.alarmId(), message.unitId(), message.recipient(), message.phone(), message.text(),
					Timestamp.from(clock.instant()))
			.update();
	}
}
