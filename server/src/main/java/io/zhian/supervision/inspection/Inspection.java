package io.zhian.supervision.inspection;

import java.time.Instant;
import java.util.List;

import io.zhian.supervision.inspection.InspectionForm.Answer;
import io.zhian.supervision.inspection.InspectionForm.Location;

/**
 * A submitted inspection; never changed afterwards.
 *
 * @param earned points earned of {@code possible}; {@code score} is the share out of 100, {@code grade} its grade
 * @param problems the codes of the items that earned less than full points
 * @param rectificationId the rectification notice issued from it, if any
 */
public record Inspection(long id, VenueRef venue, long templateId, int templateVersion, Instant inspectedAt,
		String inspectingUnitName, String officers, String enteredByName, boolean joint, String jointDepartments,
		List<Answer> results, String notes, String handling, List<Long> photoIds, Location location, int earned,
		int possible, int score, String grade, List<String> problems, Long rectificationId) {
}
