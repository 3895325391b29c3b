package io.zhian.venue;

import java.time.LocalDate;

/**
 * A staff member (从业人员) as the venue enters them. Document type and number, name, sex and birth date are
 * key fields, locked once saved; for a citizen ID, sex and birth date may be left empty and are read from the
 * number. {@code photoFileId} is a STAFF_PHOTO uploaded by the venue to the files module.
 */
public record StaffForm(String documentType, String documentNumber, String name, String sex, LocalDate birthDate,
		String ethnicity, String nativePlace, String householdAddress, String currentAddress, String phone,
		String position, LocalDate hiredOn, LocalDate leftOn, Long photoFileId) {

	public StaffForm {
		documentType = trim(documentType);
		documentNumber = trim(documentNumber);
		name = trim(name);
		sex = trim(sex);
		ethnicity = trim(ethnicity);
		nativePlace = trim(nativePlace);
		householdAddress = trim(householdAddress);
		currentAddress = trim(currentAddress);
		phone = trim(phone);
		position = trim(position);
	}

	private static String trim(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
