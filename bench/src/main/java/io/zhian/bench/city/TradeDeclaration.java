package io.zhian.bench.city;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the generator must know of one trade: its share of the city's venues and records, how its venues are
 * named and sized, and the trade-specific attributes of a record and of a party. Everything else (who comes when,
 * and with whom) is the same for every trade. Adding a trade (pawnshops, repair shops…) is one declaration
 * listed in {@link #DECLARED}, once the server has its trade profile.
 */
public interface TradeDeclaration {

	/** Every trade the synthetic city has; only the hotel trade exists on the server today. */
	List<TradeDeclaration> DECLARED = List.of(new HotelDeclaration());

	/** The trade code of the server's trade profile (e.g. HOTEL). */
	String code();

	/** The record kind a visit becomes (e.g. CHECK_IN). */
	String kind();

	/** The party role of the people of a visit (e.g. GUEST). */
	String role();

	/** Relative share of the city's venues. */
	double venueShare();

	String venueName(SplittableRandom random, Station station);

	/** Rooms, counters, bays: the venue's relative size. */
	int capacity(SplittableRandom random);

	/** How many people one record names, for a traveller of this kind. */
	int parties(SplittableRandom random, Traveller traveller);

	Map<String, Object> recordAttributes(SplittableRandom random, VenuePlan venue);

	Map<String, Object> partyAttributes(SplittableRandom random, Person person, LocalDate day, VenuePlan venue);
}
