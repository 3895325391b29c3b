package io.zhian.supervision.enforcement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case (发案) as the API shows it, with the requirement text's fields (C3 variant B): the venue (enterprise
 * type, name, code), the case types, incident date, summary, owning unit and station with their codes,
 * whether penalised, registrant and registration time, and the upload flag (上传标志).
 *
 * @param owningUnit 所属单位: the district bureau of the venue's station
 * @param station 所属派出所: the venue's station when the case was registered
 * @param registeredUnit the unit that registered it: only it edits or deletes
 * @param revision raised by every edit; the upward exchange acknowledges the revision it carried
 * @param uploaded whether the current revision went up to the superior unit (the upload flag)
 * @param deletedAt set on a deleted case while its deletion still has to go up; lists never show those
 * @param editable whether the reader's unit registered it
 */
public record CaseReport(long id, VenueRef venue, String criminalType, String publicOrderType, LocalDate occurredOn,
		String summary, boolean penalised, String handling, UnitRef owningUnit, UnitRef station,
		UnitRef registeredUnit, String registrantName, Instant registeredAt, Instant updatedAt, int revision,
		boolean uploaded, Instant uploadedAt, Instant deletedAt, boolean editable) {
}
