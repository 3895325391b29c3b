package io.zhian.supervision.bulletin;

import java.time.Instant;

/**
 * Where one recipient venue stands with a bulletin.
 *
 * @param readAt when a user of the venue first opened it
 * @param chases how often the police chased it (催办), the latest at {@code lastChasedAt}
 * @param overdue the deadline has passed without an acknowledgement, and the bulletin stands
 */
public record RecipientState(long venueId, String venueCode, String venueName, String stationName, Instant readAt,
		Instant acknowledgedAt, String acknowledgerName, int replies, int chases, Instant lastChasedAt,
		String lastChaseMessage, boolean overdue) {
}
