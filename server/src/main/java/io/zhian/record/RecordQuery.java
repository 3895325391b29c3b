package io.zhian.record;

import java.time.OffsetDateTime;

/**
 * Filters of the record list; every one optional.
 *
 * @param status {@code OPEN} (not yet ended: guests in the house) or {@code ENDED}
 * @param q an attribute's value (a room), a part of a name or the start of a document number
 * @param attributes exact values of named attributes, e.g. {@code groupId → TG-01}
 */
public record RecordQuery(String trade, String kind, String status, String q, Long venueId,
		java.util.Map<String, String> attributes, OffsetDateTime from, OffsetDateTime to) {

	public RecordQuery {
		attributes = attributes == null ? java.util.Map.of() : java.util.Map.copyOf(attributes);
	}
}
