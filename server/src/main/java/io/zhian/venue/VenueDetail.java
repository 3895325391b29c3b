package io.zhian.venue;

import java.time.Instant;

/**
 * A venue with everything it filed, as its own users and the police reviewing it see it.
 *
 * @param statusReason why it is rejected, suspended or cancelled (or reopened); null otherwise
 * @param changePending whether a key-field change request awaits review
 */
public record VenueDetail(long id, String code, String status, String statusReason, VenueFiling filing,
		String stationName, String responsibleOfficerName, Instant filedAt, Instant approvedAt, Instant updatedAt,
		boolean changePending) {
}
