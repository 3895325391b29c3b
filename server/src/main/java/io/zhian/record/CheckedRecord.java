package io.zhian.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.zhian.reference.NameKey;

/** A record that passed every check, normalised and completed (sex, birth date, region from the ID number). */
record CheckedRecord(String trade, String kind, String reference, OffsetDateTime occurredAt, Long draftId,
		Map<String, Object> attributes, List<CheckedParty> parties, List<CheckedVehicle> vehicles,
		List<CheckedItem> items) {

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
