package io.zhian.record;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A stored record as the API shows it. In lists, document and phone numbers are masked for readers without
 * the full-view permission.
 *
 * @param status {@code OPEN} until the record is ended (a guest checks out), then {@code ENDED}
 */
public record RecordView(long id, String trade, String kind, String reference, VenueRef venue,
		OffsetDateTime occurredAt, OffsetDateTime endedAt, Instant receivedAt, RecordSource source, String status,
		String operatorName, Map<String, Object> attributes, List<PartyView> parties, List<VehicleView> vehicles,
		List<ItemView> items) {

	public record VenueRef(long id, String code, String name) {
	}

	public record PartyView(String role, String documentType, String documentNumber, String name,
			String latinSurname, String latinGivenName, String sex, LocalDate birthDate, String ethnicity,
			String nationality, String regionCode, String address, String phone, Long documentPhotoId,
			Long facePhotoId, Map<String, Object> attributes) {
	}

	/** A vehicle: plate and VIN as stored (normalised), the role's other fields. */
	public record VehicleView(String role, String plate, String vin, Map<String, Object> attributes) {
	}

	/** An item: category code, IMEI and serial number as stored (normalised), description, other fields. */
	public record ItemView(String role, String category, String imei, String serialNumber, String description,
			Map<String, Object> attributes) {
	}
}
