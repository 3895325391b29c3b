package io.zhian.venue;

import java.time.Instant;
import java.util.List;

/** One change of a venue: who did what when, which fields changed (before → after) and why. */
public record HistoryEntry(long id, Instant occurredAt, String actor, String event, List<FieldChange> changes,
		String reason) {
}
