package io.zhian.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One appearance of a person in a record, as a search answers it. {@code recordId} opens the record
 * ({@code GET /api/v1/records/{id}}), {@code venue.id} the venue; {@code recordId} with {@code position} names
 * the person for a trajectory without repeating a (masked) number.
 */
public record PartyHit(long recordId, int position, String trade, String kind, OffsetDateTime occurredAt,
		OffsetDateTime endedAt, String role, String name, String latinName, String documentType,
		String documentNumber, String sex, LocalDate birthDate, String nationality, String regionCode, String phone,
		VenueRef venue, String stationName, Map<String, Object> attributes) {

	public record VenueRef(long id, String code, String name) {
	}

	PartyHit masked(Masking masking) {
		return new PartyHit(recordId, position, trade, kind, occurredAt, endedAt, role, name, latinName, documentType,
				masking.number(documentNumber), sex, birthDate, nationality, regionCode, masking.phone(phone), venue,
				stationName, attributes);
	}
}
