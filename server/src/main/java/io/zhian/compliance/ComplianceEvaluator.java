package io.zhian.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * Evaluates one day for every active venue in a single statement over {@code record} and {@code venue}
 * (read in SQL, as the venue module reads {@code org_unit}, because nothing may depend on this module and the
 * record module offers no per-day counts). A venue is evaluated for a day if it was active when the day ended
 * ({@code venue_status_at}, replayed from its history: one suspended since is still judged for the days it
 * traded). Everything a row holds is computed from the records themselves, the run of days without upload
 * included (from the venue's last record before the day ended), so a re-run gives the same rows whatever was
 * evaluated before, and days may be evaluated in any order.
 */
@Service
class ComplianceEvaluator {

	private static final String EVALUATE = """
			with counts as (
			    select r.venue_id, count(*) as n,
			           count(*) filter (where r.received_at > r.occurred_at + make_interval(secs => ?)) as delayed
			      from record r where r.occurred_at >= ? and r.occurred_at < ?
			     group by r.venue_id),
			defaults as (select * from unnest(?::varchar[], ?::int[]) as d(trade, minimum))
			insert into compliance_day (day, venue_id, record_count, minimum, below_minimum, no_upload,
			                            days_without_upload, delayed, last_occurred_at, last_received_at)
			select ?, v.id, coalesce(c.n, 0), m.minimum,
			       coalesce(c.n, 0) > 0 and coalesce(c.n, 0) < m.minimum,
			       coalesce(c.n, 0) = 0,
			       case when coalesce(c.n, 0) > 0 then 0
			            else greatest(1, ?::date - coalesce((last.occurred_at at time zone ?)::date,
			                                    (coalesce(v.approved_at, v.created_at) at time zone ?)::date - 1)) end,
			       coalesce(c.delayed, 0), last.occurred_at, last.received_at
			  from venue v
			  left join counts c on c.venue_id = v.id
			  left join compliance_minimum o on o.venue_id = v.id
			  cross join lateral (select coalesce(o.minimum,
			          (select max(d.minimum) from defaults d where d.trade = any(v.trades)), 0) as minimum) m
			  left join lateral (select r.occurred_at, r.received_at from record r
			                      where r.venue_id = v.id and r.occurred_at < ?
			                      order by r.occurred_at desc limit 1) last on true
			 where venue_status_at(v.id, ?) = 'ACTIVE'""";

	private final JdbcClient jdbc;
	private final Minimums minimums;
	private final ComplianceProperties properties;
	private final AuditTrail audit;
	private final Clock clock;

	ComplianceEvaluator(JdbcClient jdbc, Minimums minimums, ComplianceProperties properties, AuditTrail audit,
			Clock clock) {
		this.jdbc = jdbc;
		this.minimums = minimums;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The scheduled run: evaluates the day unless some node already did. The run row's insert is the claim:
	 * a second node's insert waits on the first one's transaction and then finds the row, so the day is
	 * evaluated once however many nodes fire. Answers the number of venues evaluated, empty when skipped.
	 */
	@Transactional
	public Optional<Integer> evaluateOnce(LocalDate day, String by) {
		int claimed = jdbc.sql("""
				insert into compliance_run (day, evaluated_at, evaluated_by, venues) values (?, ?, ?, 0)
				on conflict (day) do nothing""")
			.params(day, Timestamp.from(clock.instant()), by).update();
		if (claimed == 0) {
			return Optional.empty();
		}
		int venues = fill(day);
		audit.recordAs(by, null, null, AuditRecord.success(AuditAction.CREATE, "ComplianceDay", day, "venues=" + venues));
		return Optional.of(venues);
	}

	/**
	 * Evaluates the day again (an administrator, a test, records that arrived late): its rows are replaced.
	 * Upserting the run row locks it, so two re-runs of the same day follow each other instead of mixing.
	 */
	@Transactional
	public int evaluate(LocalDate day, String by) {
		if (day.isAfter(LocalDate.now(clock.withZone(properties.zone())))) {
			throw new ZhianException(ErrorCode.COMPLIANCE_DAY_INVALID, day);
		}
		jdbc.sql("""
				insert into compliance_run (day, evaluated_at, evaluated_by, venues) values (?, ?, ?, 0)
				on conflict (day) do update set evaluated_at = excluded.evaluated_at,
				                                evaluated_by = excluded.evaluated_by""")
			.params(day, Timestamp.from(clock.instant()), by).update();
		jdbc.sql("delete from compliance_day where day = ?").param(day).update();
		int venues = fill(day);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "ComplianceDay", day, "venues=" + venues));
		return venues;
	}

	private int fill(LocalDate day) {
		Timestamp start = Timestamp.from(day.atStartOfDay(properties.zone()).toInstant());
		Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(properties.zone()).toInstant());
		Minimums.TradeDefaults defaults = minimums.tradeDefaults();
		String zone = properties.zone().getId();
		int venues = jdbc.sql(EVALUATE)
			.params(List.of(properties.delayThreshold().toSeconds(), start, end, defaults.tradesArray(),
					defaults.minimumsArray(), day, day, zone, zone, end, end))
			.update();
		jdbc.sql("update compliance_run set venues = ? where day = ?").params(venues, day).update();
		return venues;
	}
}
