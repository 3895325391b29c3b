package io.zhian.supervision.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An inspection task and how far it has got: {@code done} of its venues inspected. It is done when every venue has been inspected since it was
 * assigned; overdue when the deadline has passed before that.
 */
public record InspectionTask(long id, String title, String note, String assignerUnitName, String assignedByName,
		long assigneeUnitId, String assigneeUnitName, String assigneeUserName, LocalDate deadline, Instant createdAt,
		List<TaskVenue> venues, int done, Status status) {

	public enum Status {
		OPEN, DONE, OVERDUE
	}

	/** A venue of the task and the inspection that did it, if any. */
	public record TaskVenue(long venueId, String venueCode, String venueName, Long inspectionId, String grade) {
	}
}
