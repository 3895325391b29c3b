package io.zhian.watch;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.alarm.AlarmKind;
import io.zhian.alarm.AlarmLevel;
import io.zhian.alarm.AlarmRaiser;
import io.zhian.alarm.AlarmRequest;
import io.zhian.record.RecordSubjects;

/**
 * 线索跟踪 (high-frequency clue): a person who sells, pawns or consigns more often than
 * {@code zhian.watch.frequency.max-records} times within {@code zhian.watch.frequency.within} raises a
 * low-level warning. Counted over {@code record_party} (read in SQL, as reverse lookup reads it) with the
 * person-key index; at most one warning per person and China day, however many records follow that day.
 */
@Component
class FrequencyClues {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final WatchProperties.Frequency settings;
	private final JdbcClient jdbc;
	private final AlarmRaiser alarms;

	FrequencyClues(WatchProperties properties, JdbcClient jdbc, AlarmRaiser alarms) {
		this.settings = properties.frequency();
		this.jdbc = jdbc;
		this.alarms = alarms;
	}

	void check(RecordSubjects record) {
		if (!settings.trades().contains(record.trade())) {
			return;
		}
		Timestamp until = Timestamp.from(record.occurredAt().toInstant());
		Timestamp since = Timestamp.from(record.occurredAt().toInstant().minus(settings.within()));
		for (RecordSubjects.Person party : record.parties()) {
			if (party.documentNumber() == null) {
				continue;
			}
			long records = jdbc.sql("""
					select count(distinct p.record_id)
					  from record_party p join record r on r.id = p.record_id and r.occurred_at = p.occurred_at
					 where p.document_number = ? and p.document_type = ? and p.occurred_at > ? and p.occurred_at <= ?
					   and r.trade = any(?)""")
				.params(party.documentNumber(), party.documentType(), since, until,
						settings.trades().toArray(String[]::new))
				.query(Long.class).single();
			if (records > settings.maxRecords()) {
				LocalDate day = record.occurredAt().atZoneSameInstant(CHINA).toLocalDate();
				alarms.raise(new AlarmRequest(AlarmKind.FREQUENCY, AlarmLevel.LOW,
						"frequency:" + party.documentType() + ":" + party.documentNumber() + ":" + day,
						record.venueId(), record.recordId(), record.occurredAt(), "PERSON", party.documentType(),
						party.documentNumber(), party.name(), null, null, "FREQUENCY", null, false,
						"频繁交易 " + party.name() + " " + settings.within().toDays() + " 天内 " + records + " 笔，最近于 "
								+ record.venueName()));
			}
		}
	}
}
