package io.zhian.record;

import java.time.OffsetDateTime;

/**
 * Published once for every record stored (never for a resubmission), inside the storing transaction: the
 * watch-list comparison, search indexing and statistics listen to it.
 */
public record RecordStored(long recordId, String trade, String kind, long venueId, OffsetDateTime occurredAt) {
}
