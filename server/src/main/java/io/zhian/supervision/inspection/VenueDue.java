package io.zhian.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A venue's inspection standing: its current grade (that of its last inspection), and when the next inspection
 * is due by the interval its grade requires (an ungraded venue: its filing date plus the configured days).
 *
 * @param overdue the due date has passed
 */
public record VenueDue(VenueRef venue, String grade, Integer score, Long lastInspectionId, Instant lastInspectedAt,
		LocalDate nextDue, boolean overdue) {
}
