package io.zhian.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import io.zhian.reference.NameKey;

/** A record that passed every check, normalised and completed (sex, birth date, region from the ID number). */
record CheckedRecord(String trade, String kind, String reference, OffsetDateTime occurredAt, Long draftId,
		Map<String, Object> attributes, List<CheckedParty> parties, List<CheckedVehicle> vehicles,
		List<CheckedItem> items) {

	/**
	 * PostgreSQL keeps microseconds: cut here, the time written as a parameter (the header) and as text (the
	 * key rows of a chunk) is the same instant, and the record is found again by the time its event carries.
	 */
	CheckedRecord {
		occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MICROS);
	}

	record CheckedParty(int position, String role, String documentType, String documentNumber, NameKey name,
			String latinSurname, String latinGivenName, String sex, LocalDate birthDate, String ethnicity,
			String nationality, String regionCode, String address, String phone, Long documentPhotoId,
			Long facePhotoId, Map<String, Object> attributes) {
	}

	/** A vehicle with its plate and VIN normalised (ObjectIdentifiers), absent ones null. */
	record CheckedVehicle(int position, String role, String plate, String vin, Map<String, Object> attributes) {
	}

	/** An item with its IMEI and serial number normalised, absent ones null. */
	record CheckedItem(int position, String role, String category, String imei, String serialNumber,
			String description, Map<String, Object> attributes) {
	}
}
