package io.zhian.alarm;

import java.time.OffsetDateTime;

/**
 * Filters of the alarm list; every one optional.
 *
 * @param documentNumber the person's document number, exactly (case-insensitive)
 * @param unitId alarms routed to this unit or any unit below it
 * @param escalated only escalated alarms (true) or only the others (false)
 * @param from raised at or after
 * @param to raised before
 */
record AlarmQuery(String documentNumber, AlarmKind kind, AlarmStatus status, AlarmLevel level, Review review,
		String category, Boolean escalated, Long unitId, OffsetDateTime from, OffsetDateTime to) {

	/** Every alarm routed to the unit or below it. */
	static AlarmQuery underUnit(long unitId) {
		return new AlarmQuery(null, null, null, null, null, null, null, unitId, null, null);
	}
}
