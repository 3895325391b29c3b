package io.zhian.supervision.panic;

import java.time.Instant;

/**
 * One press of a venue's panic button and the alarm it raised.
 *
 * @param alarmId the URGENT {@code PANIC} alarm now in the station's inbox
 */
public record PanicPress(long id, long venueId, String reference, String note, Double latitude, Double longitude,
		Instant pressedAt, String presserName, long alarmId) {
}
