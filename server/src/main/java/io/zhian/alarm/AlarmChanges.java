package io.zhian.alarm;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Announces that an alarm was raised or changed, on the PostgreSQL channel {@value #CHANNEL}. NOTIFY is
 * transactional: the announcement is delivered, to every node listening on the same database, only when the
 * caller's transaction commits, and never when it rolls back. {@link AlarmListener} turns it into live pushes.
 */
@Component
class AlarmChanges {

	static final String CHANNEL = "zhian_alarm";

	private final JdbcClient jdbc;

	AlarmChanges(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void announce(long alarmId) {
		jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, Long.toString(alarmId)).query().singleValue();
	}
}
