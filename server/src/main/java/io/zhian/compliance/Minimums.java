package io.zhian.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.trade.TradeProfile;
import io.zhian.trade.TradeProfiles;

/**
 * The minimum daily record count (最低每日上报信息数量) of a venue: its own, when police set one, else the
 * highest default among its trades' profiles (a hotel that also runs a KTV must meet the stricter one).
 */
@Service
class Minimums {

	static final int MAX = 100_000;

	/** The trade defaults as the two parallel arrays the evaluation statement unnests. */
	record TradeDefaults(List<String> trades, List<Integer> minimums) {

		String tradesArray() {
			return "{" + String.join(",", trades) + "}";
		}

		String minimumsArray() {
			return minimums.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
		}
	}

	/** What applies to one venue and why. {@code override} is null when the trade default applies. */
	record Setting(long venueId, int tradeDefault, Integer override, int effective, String setBy, Instant setAt) {
	}

	/** The body of a change: a count, or null to return to the trade default. */
	record Change(Integer minimum) {
	}

	private final JdbcClient jdbc;
	private final TradeProfiles profiles;
	private final ScopedVenues venues;
	private final AuditTrail audit;
	private final Clock clock;

	Minimums(JdbcClient jdbc, TradeProfiles profiles, ScopedVenues venues, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.profiles = profiles;
		this.venues = venues;
		this.audit = audit;
		this.clock = clock;
	}

	TradeDefaults tradeDefaults() {
		List<TradeProfile> all = profiles.all();
		return new TradeDefaults(all.stream().map(TradeProfile::code).toList(),
				all.stream().map(TradeProfile::minimumDailyRecords).toList());
	}

	@Transactional(readOnly = true)
	Setting of(Actor actor, long venueId) {
		List<String> trades = venues.trades(actor.dataScope(), venueId);
		int tradeDefault = trades.stream()
			.mapToInt(trade -> profiles.find(trade).map(TradeProfile::minimumDailyRecords).orElse(0))
			.max().orElse(0);
		return jdbc.sql("select minimum, set_by, set_at from compliance_minimum where venue_id = ?").param(venueId)
			.query((rs, row) -> new Setting(venueId, tradeDefault, rs.getInt("minimum"), rs.getInt("minimum"),
					rs.getString("set_by"), rs.getTimestamp("set_at").toInstant()))
			.optional().orElse(new Setting(venueId, tradeDefault, null, tradeDefault, null, null));
	}

	@Transactional
	Setting set(Actor actor, long venueId, Integer minimum) {
		Setting before = of(actor, venueId);
		if (minimum == null) {
			jdbc.sql("delete from compliance_minimum where venue_id = ?").param(venueId).update();
		}
		else if (minimum < 0 || minimum > MAX) {
			throw new ZhianException(ErrorCode.COMPLIANCE_MINIMUM_INVALID, MAX, minimum);
		}
		else {
			jdbc.sql("""
					insert into compliance_minimum (venue_id, minimum, set_by, set_at) values (?, ?, ?, ?)
					on conflict (venue_id) do update set minimum = excluded.minimum, set_by = excluded.set_by,
					                                     set_at = excluded.set_at""")
				.params(venueId, minimum, actor.username(), Timestamp.from(clock.instant())).update();
		}
		audit.record(AuditRecord.success(AuditAction.UPDATE, "ComplianceMinimum", venueId,
				"minimum " + describe(before.override()) + " -> " + describe(minimum)));
		return of(actor, venueId);
	}

	private static String describe(Integer minimum) {
		return minimum == null ? "trade default" : minimum.toString();
	}
}
