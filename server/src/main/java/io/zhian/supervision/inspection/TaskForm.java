package io.zhian.supervision.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * An inspection task (检查任务) as a city or district officer assigns it.
 *
 * @param assigneeUnitId the station (or other unit within the assigner's scope) that must inspect
 * @param assigneeUserId optionally one officer of that unit
 * @param venueIds the venues to inspect, all within the assignee unit's jurisdiction
 */
public record TaskForm(String title, String note, Long assigneeUnitId, Long assigneeUserId, LocalDate deadline,
		List<Long> venueIds) {

	public List<Long> venueIds() {
		return venueIds == null ? List.of() : venueIds;
	}
}
