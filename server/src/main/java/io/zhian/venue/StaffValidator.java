package io.zhian.venue;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.files.Files;
import io.zhian.reference.CodeTables;
import io.zhian.reference.IdCheck;

/**
 * Checks a staff form field by field (ZA-5001 lists every wrong field) and answers it normalised: the document
 * number as reference keys it, and for a citizen ID the sex and birth date the number encodes.
 */
@Component
class StaffValidator {

	private final VenueValidator venues;
	private final Files files;

	StaffValidator(VenueValidator venues, Files files) {
		this.venues = venues;
		this.files = files;
	}

	StaffForm check(long venueId, StaffForm f) {
		FieldErrors errors = venues.errors();
		IdCheck id = venues.checkDocument(errors, "documentType", "documentNumber", f.documentType(),
				f.documentNumber());
		VenueValidator.text(errors, "name", f.name(), 100);
		String sex = f.sex();
		LocalDate birthDate = f.birthDate();
		if (id != null && id.sex() != null) {
			if (sex != null && !sex.equals(id.sex())) {
				errors.add("sex", ErrorCode.ID_DETAILS_MISMATCH, id.sex());
			}
			if (birthDate != null && !birthDate.equals(id.birthDate())) {
				errors.add("birthDate", ErrorCode.ID_DETAILS_MISMATCH, id.birthDate());
			}
			sex = id.sex();
			birthDate = id.birthDate();
		}
		if (errors.required("sex", sex)) {
			venues.code(errors, "sex", CodeTables.SEX, sex);
		}
		if (errors.required("birthDate", birthDate)) {
			venues.notInFuture(errors, "birthDate", birthDate);
		}
		if (f.ethnicity() != null) {
			venues.code(errors, "ethnicity", CodeTables.ETHNICITY, f.ethnicity());
		}
		errors.maxLength("nativePlace", f.nativePlace(), 100);
		errors.maxLength("householdAddress", f.householdAddress(), 300);
		errors.maxLength("currentAddress", f.currentAddress(), 300);
		errors.maxLength("position", f.position(), 100);
		VenueValidator.phone(errors, "phone", f.phone(), false);
		errors.required("hiredOn", f.hiredOn());
		if (f.hiredOn() != null && f.leftOn() != null && f.leftOn().isBefore(f.hiredOn())) {
			errors.add("leftOn", ErrorCode.DATE_ORDER, f.leftOn());
		}
		if (f.photoFileId() != null && files.find(f.photoFileId())
			.filter(photo -> Long.valueOf(venueId).equals(photo.venueId()))
			.isEmpty()) {
			errors.add("photoFileId", ErrorCode.FILE_REFERENCE_INVALID, "photoFileId", f.photoFileId());
		}
		errors.throwIfAny();
		return new StaffForm(f.documentType(), id.normalizedNumber(), f.name(), sex, birthDate, f.ethnicity(),
				f.nativePlace(), f.householdAddress(), f.currentAddress(), f.phone(), f.position(), f.hiredOn(),
				f.leftOn(), f.photoFileId());
	}
}
