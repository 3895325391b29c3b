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
 * @param vehicles not yet declared by any trade profile: refused when present rather than silently ignored
 * @param items as {@code vehicles}
 */
public record RecordSubmission(String trade, String kind, String reference, String occurredAt, Long draftId,
		Map<String, Object> attributes, List<PartySubmission> parties, List<Map<String, Object>> vehicles,
		List<Map<String, Object>> items) {

	public Map<String, Object> attributes() {
		return attributes == null ? Map.of() : attributes;
	}

	public List<PartySubmission> parties() {
		return parties == null ? List.of() : parties;
	}

	/** A person in the record: guest, pledger, seller… */
	public record PartySubmission(String role, String documentType, String documentNumber, String name,
			String latinSurname, String latinGivenName, String sex, String birthDate, String ethnicity,
			String nationality, String regionCode, String address, String phone, Long documentPhotoId,
			Long facePhotoId, Map<String, Object> attributes) {

		public Map<String, Object> attributes() {
			return attributes == null ? Map.of() : attributes;
		}
	}
}
