package io.zhian.watch;

import io.zhian.alarm.AlarmLevel;

/**
 * What the comparison index holds for one active entry under each of its keys: enough to raise an alarm
 * without reading the database.
 *
 * @param validUntil epoch milliseconds when the entry's validity ends ({@link Long#MAX_VALUE} for none), so an
 * entry past its end stops matching before the expiry job has marked it
 */
record WatchHit(long entryId, TargetType type, String category, AlarmLevel level, long owningUnitId, long validUntil,
		String label) {

	boolean validAt(long epochMillis) {
		return epochMillis < validUntil;
	}
}
