package io.zhian.suspicion;

import java.time.Instant;
import java.util.List;

/**
 * A suspicious-situation report as the API shows it.
 *
 * @param category code of the {@code suspicion-category} table: PERSON, VEHICLE, ITEM, SITUATION
 * @param subject who or what it is about, as the reporter names it (a plate, a name, an item)
 * @param recordId the record it concerns, if any
 * @param photoIds photos the venue uploaded with it
 */
public record SuspicionReport(long id, VenueRef venue, String category, String subject, String description,
		Long recordId, List<Long> photoIds, Instant reportedAt, String reporterName, Instant acknowledgedAt,
		String acknowledgedByName, String note) {

	public record VenueRef(long id, String code, String name, String stationName) {
	}
}
