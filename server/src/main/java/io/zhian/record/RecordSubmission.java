package io.zhian.record;

import java.util.List;
import java.util.Map;

/**
 * A record as a venue sends it. Times and dates are strings so that a malformed one is reported against its
 * field like any other error, not as an unreadable body.
 *
 * @param reference the venue's own id of the record; the same reference from the same venue is the same record
 * @param occurredAt when it happened (ISO date-time with offset); the time of receipt when absent
 * @param draftId a 临存 draft this record completes
 * @param vehicles the vehicles in the roles the kind declares (a repair order's car)
 * @param items the items in the roles the kind declares (a pledged phone)
 */
public record RecordSubmission(String trade, String kind, String reference, String occurredAt, Long draftId,
		Map<String, Object> attributes, List<PartySubmission> parties, List<VehicleSubmission> vehicles,
		List<ItemSubmission> items) {

	public Map<String, Object> attributes() {
		return attributes == null ? Map.of() : attributes;
	}

	public List<PartySubmission> parties() {
		return parties == null ? List.of() : parties;
	}

	public List<VehicleSubmission> vehicles() {
		return vehicles == null ? List.of() : vehicles;
	}

	public List<ItemSubmission> items() {
		return items == null ? List.of() : items;
	}

	/** A vehicle in the record: plate and VIN as typed (normalised on intake), the role's other fields. */
	public record VehicleSubmission(String role, String plate, String vin, Map<String, Object> attributes) {

		public Map<String, Object> attributes() {
			return attributes == null ? Map.of() : attributes;
		}
	}

	/**
	 * An item in the record: its category from the role's code table, an IMEI or serial number where the role
	 * collects one, a description of its features (特征描述), the role's other fields.
	 */
	public record ItemSubmission(String role, String category, String imei, String serialNumber, String description,
			Map<String, Object> attributes) {

		public Map<String, Object> attributes() {
			return attributes == null ? Map.of() : attributes;
		}
	}

	/**
	 * A person in the record: guest, pledger, seller…
	 *
	 * @param identityConfirmed the clerk confirms that the document really shows this number, sex and birth date:
	 * a wrong check character or a sex or birth date that contradicts the number is then stored instead of
	 * refused (ZA-4103, ZA-6022), and the watch module raises an identity alarm (身份信息比对报警) for it
	 */
	public record PartySubmission(String role, String documentType, String documentNumber, String name,
			String latinSurname, String latinGivenName, String sex, String birthDate, String ethnicity,
			String nationality, String regionCode, String address, String phone, Long documentPhotoId,
			Long facePhotoId, Map<String, Object> attributes, Boolean identityConfirmed) {

		/** A party whose identity facts are checked as usual (no confirmation). */
		public PartySubmission(String role, String documentType, String documentNumber, String name,
				String latinSurname, String latinGivenName, String sex, String birthDate, String ethnicity,
				String nationality, String regionCode, String address, String phone, Long documentPhotoId,
				Long facePhotoId, Map<String, Object> attributes) {
			this(role, documentType, documentNumber, name, latinSurname, latinGivenName, sex, birthDate, ethnicity,
					nationality, regionCode, address, phone, documentPhotoId, facePhotoId, attributes, null);
		}

		public boolean confirmed() {
			return Boolean.TRUE.equals(identityConfirmed);
		}

		public Map<String, Object> attributes() {
			return attributes == null ? Map.of() : attributes;
		}
	}
}
