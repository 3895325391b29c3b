package io.zhian.record;

import java.time.OffsetDateTime;

/**
 * Filters of the record list; every one optional.
 *
 * @param status {@code OPEN} (not yet ended: guests in the house) or {@code ENDED}
 * @param q a room, a name or the start of a document number
 */
public record RecordQuery(String trade, String kind, String status, String q, Long venueId, String groupId,
		OffsetDateTime from, OffsetDateTime to) {
}
