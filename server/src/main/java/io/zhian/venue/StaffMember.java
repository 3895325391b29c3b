package io.zhian.venue;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A staff member of a venue.
 *
 * @param current no leave date, or one in the future
 * @param minorAtHire under 18 on the hire date; shown to the station
 */
public record StaffMember(long id, long venueId, String venueCode, String venueName, String documentType,
		String documentNumber, String name, String sex, LocalDate birthDate, String ethnicity, String nativePlace,
		String householdAddress, String currentAddress, String phone, String position, LocalDate hiredOn,
		LocalDate leftOn, Long photoFileId, boolean minorAtHire, boolean current, Instant createdAt,
		Instant updatedAt) {

	/** The same record with the document number and phone masked, for users without the full view. */
	StaffMember masked() {
		return new StaffMember(id, venueId, venueCode, venueName, documentType,
				io.zhian.reference.IdNumbers.mask(documentNumber), name, sex, birthDate, ethnicity, nativePlace,
				householdAddress, currentAddress, io.zhian.reference.IdNumbers.mask(phone), position, hiredOn, leftOn,
				photoFileId, minorAtHire, current, createdAt, updatedAt);
	}
}
