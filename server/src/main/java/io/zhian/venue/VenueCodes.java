package io.zhian.venue;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out venue codes: a trade letter, the six-digit region code of the supervising station, and a six-digit
 * sequence per letter and region, e.g. H500103000001 (docs/venues.md). The counter row is updated in the
 * caller's transaction, so concurrent approvals queue on it and never share a number.
 */
@Component
class VenueCodes {

	/** One letter per trade of the {@code trade} table; a locally added trade gets Z. */
	private static final Map<String, Character> LETTERS = Map.ofEntries(Map.entry("HOTEL", 'H'),
			Map.entry("SHORT_RENTAL", 'R'), Map.entry("ENTERTAINMENT", 'E'), Map.entry("SEAL", 'S'),
			Map.entry("PAWN", 'P'), Map.entry("SCRAP_METAL", 'M'), Map.entry("END_OF_LIFE_VEHICLE", 'V'),
			Map.entry("VEHICLE_REPAIR", 'X'), Map.entry("CONSIGNMENT", 'C'), Map.entry("USED_CAR", 'U'),
			Map.entry("PRINTING", 'Y'), Map.entry("LOCKSMITH", 'L'), Map.entry("SECOND_HAND", 'J'),
			Map.entry("PRINTING_3D", 'D'), Map.entry("SECURITY_GUARD", 'B'), Map.entry("PASSENGER_TRANSPORT", 'T'));

	private final JdbcClient jdbc;

	VenueCodes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static char letter(String trade) {
		return LETTERS.getOrDefault(trade, 'Z');
	}

	String allocate(String primaryTrade, String stationRegionCode) {
		String prefix = letter(primaryTrade) + stationRegionCode;
		int sequence = jdbc.sql("""
				insert into venue_code_counter (prefix, last_seq) values (?, 1)
				on conflict (prefix) do update set last_seq = venue_code_counter.last_seq + 1
				returning last_seq""")
			.param(prefix).query(Integer.class).single();
		return prefix + String.format("%06d", sequence);
	}

	/** Moves the counter past a code given from outside (an imported venue), so it is never handed out again. */
	void reserve(String code) {
		if (code == null || !code.matches("[A-Z][0-9]{12}")) {
			return;
		}
		jdbc.sql("""
				insert into venue_code_counter (prefix, last_seq) values (?, ?)
				on conflict (prefix) do update set last_seq = greatest(venue_code_counter.last_seq, excluded.last_seq)""")
			.params(code.substring(0, 7), Integer.parseInt(code.substring(7))).update();
	}
}
