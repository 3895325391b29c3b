package io.zhian.bench.city;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One record of the city: a check-in (or, for other trades, a pawn, a repair order…) at a venue, with its
 * people. {@code endedAt} is null while the guests are still in the house; {@code receivedAt} is when the venue's
 * system sent it.
 */
public record Visit(String reference, VenuePlan venue, OffsetDateTime occurredAt, OffsetDateTime endedAt,
		OffsetDateTime receivedAt, Map<String, Object> attributes, List<Guest> parties) {

	/** The same visit under another reference: a venue's system sending it again as a new record. */
	public Visit withReference(String newReference) {
		return new Visit(newReference, venue, occurredAt, endedAt, receivedAt, attributes, parties);
	}

	/** A person of the record with the party attributes the trade asks of them. */
	public record Guest(Person person, Map<String, Object> attributes) {
	}
}
