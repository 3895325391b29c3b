package io.zhian.search;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import io.zhian.common.PageQuery;
import io.zhian.common.SqlCondition;

/**
 * The port through which search reads parties (DESIGN §6: PostgreSQL indexes now, OpenSearch when a province
 * outgrows one database). Answers are unmasked; the caller masks. {@code scope} is the reader's data scope
 * over the columns {@code p.venue_id} and {@code v.station_unit_id}.
 */
public interface PartyIndex {

	/**
	 * One page of the hits, newest first, and their number counted up to {@code countLimit}; beyond it the page
	 * says {@link PartyPage#totalCapped()}.
	 */
	PartyPage find(PartyQuery query, SqlCondition scope, PageQuery page, long countLimit);

	/** Every appearance of a person in time order, at most {@code limit}. */
	List<PartyHit> appearances(PersonKey person, Instant from, Instant to, SqlCondition scope, int limit);

	/** The person at {@code position} of record {@code recordId}, when the scope covers that record. */
	Optional<PersonKey> personAt(long recordId, int position, SqlCondition scope);

	/** People in the same records as {@code person}, by how often. */
	List<Companion> sameRecord(PersonKey person, Instant from, Instant to, SqlCondition scope, int limit);

	/** People at the same venue within ±{@code minutes} of one of {@code person}'s appearances, not in the same record. */
	List<Companion> sameVenue(PersonKey person, int minutes, Instant from, Instant to, SqlCondition scope, int limit);

	/** Someone seen with the person: their latest name, how many times, when last. */
	record Companion(String documentType, String documentNumber, String name, int times, OffsetDateTime lastSeenAt) {
	}
}
