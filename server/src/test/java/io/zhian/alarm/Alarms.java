package io.zhian.alarm;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Alarm requests as the watch module would make them, for the alarm tests. */
final class Alarms {

	static final String DEMO_HOTEL = "H500103000001";

	private Alarms() {
	}

	static long demoHotel(JdbcClient jdbc) {
		return jdbc.sql("select id from venue where code = ?").param(DEMO_HOTEL).query(Long.class).single();
	}

	/** A watch-list hit on a fugitive who checked in at the venue, with a fresh dedupe key. */
	static AlarmRequest fugitiveAt(long venueId, String documentNumber, String name) {
		return new AlarmRequest(AlarmKind.WATCH_HIT, AlarmLevel.HIGH, "test:" + UUID.randomUUID(), venueId, null,
				OffsetDateTime.now(), "PERSON", "111", documentNumber, name, null, null, "FUGITIVE", null, false,
				"在逃人员 " + name + " 入住 重庆解放碑示范大酒店");
	}

	static AlarmRequest withKey(AlarmRequest request, String dedupeKey) {
		return new AlarmRequest(request.kind(), request.level(), dedupeKey, request.venueId(), request.recordId(),
				request.recordOccurredAt(), request.subjectType(), request.documentType(), request.documentNumber(),
				request.name(), request.subjectValue(), request.watchEntryId(), request.category(),
				request.owningUnitId(), request.retrospective(), request.summary());
	}
}
