package io.zhian.venue;

import java.time.Instant;
import java.util.List;

/** A request to change key fields of an approved venue, with the fields it changes and its review. */
public record ChangeRequest(long id, long venueId, String venueCode, String venueName, List<FieldChange> changes,
		String reason, String status, String requestedBy, Instant requestedAt, String reviewedBy, Instant reviewedAt,
		String reviewNote) {
}
