package io.zhian.record;

import java.time.OffsetDateTime;

/**
 * Published once for every record stored alone (never for a resubmission), inside the storing transaction: the
 * watch-list comparison listens to it. The records a lot stores in bulk come as one {@link RecordsStored} per
 * chunk instead, so listeners of stored records listen to both.
 */
public record RecordStored(long recordId, String trade, String kind, long venueId, OffsetDateTime occurredAt) {

	static RecordStored of(long recordId, CheckedRecord record, long venueId) {
		return new RecordStored(recordId, record.trade(), record.kind(), venueId, record.occurredAt());
	}
}
