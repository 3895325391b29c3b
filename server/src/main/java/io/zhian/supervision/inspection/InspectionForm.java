package io.zhian.supervision.inspection;

import java.time.Instant;
import java.util.List;

/**
 * An inspection as the officer fills it in on site.
 *
 * @param templateId the current checklist of one of the venue's trades
 * @param inspectedAt when; now if absent (an inspection may be entered afterwards, never ahead)
 * @param officers the inspecting officers' names (检查人员)
 * @param joint a joint inspection (联合检查) with {@code jointDepartments}
 * @param results one answer per checklist item
 * @param handling what was done on the spot (处理结果)
 * @param photoIds photos uploaded with {@code POST /api/v1/inspections/photos}
 * @param location where the officer's phone was, if it could tell
 */
public record InspectionForm(Long venueId, Long templateId, Instant inspectedAt, String officers, boolean joint,
		String jointDepartments, List<Answer> results, String notes, String handling, List<Long> photoIds,
		Location location) {

	public List<Answer> results() {
		return results == null ? List.of() : results;
	}

	public List<Long> photoIds() {
		return photoIds == null ? List.of() : photoIds;
	}

	/**
	 * The finding on one item: {@code passed} for a yes/no item, {@code score} for a scored one.
	 * Stored with {@code score} filled in for both, so that the points earned are plain to read.
	 */
	public record Answer(String item, Boolean passed, Integer score, String note) {
	}

	/** Browser geolocation: degrees (WGS 84) and the accuracy radius in metres. */
	public record Location(Double latitude, Double longitude, Double accuracy) {
	}
}
