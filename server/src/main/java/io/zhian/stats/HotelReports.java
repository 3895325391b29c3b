package io.zhian.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.DataScope;
import io.zhian.common.SqlCondition;

/**
 * The hotel industry report (《旅馆行业统计报表》) for the caller's scope: one query over the hotels, their
 * records and guests of the period, grouped by the district of each hotel's station. Each hotel counts with
 * the filing status it had at the end of the period and is expected to report on the days it was active
 * ({@code venue_status_at}, replayed from the venue history), so a past month reads the same tomorrow.
 */
@Service
class HotelReports {

	private static final String HOTEL = "HOTEL";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	HotelReports(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The report; the caller audits it with {@link #audit} once it is answered (an export may still be refused). */
	HotelReport report(DataScope scope, TimeWindow window, Locale locale) {
		LocalDate today = LocalDate.now(clock.withZone(TimeWindow.CHINA));
		LocalDate last = window.lastDay().isAfter(today) ? today : window.lastDay();
		int days = (int) Math.max(0, ChronoUnit.DAYS.between(window.firstDay(), last) + 1);
		Timestamp from = Timestamp.from(window.from().toInstant());
		Timestamp to = Timestamp.from(window.to().toInstant());
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		// The statuses are those the hotels had at the end of the period (or now, if that is earlier).
		Timestamp asOf = Timestamp.from(last.plusDays(1).atStartOfDay(TimeWindow.CHINA).toInstant());
		List<Object> params = new ArrayList<>();
		params.add(asOf);
		params.add(HOTEL);
		params.addAll(visible.params());
		params.addAll(List.of(window.firstDay(), last, HOTEL, from, to, HOTEL, from, to));
		String category = GuestCategory.sql("p.document_type");
		List<HotelReport.Line> rows = jdbc.sql("""
				with hotel as (
				    select v.id, venue_status_at(v.id, ?) as status, d.code as district_code, d.name as district_name
				    from venue v join org_unit st on st.id = v.station_unit_id left join org_unit d on d.id = st.parent_id
				    where ? = any(v.trades) and %s),
				expected as (
				    -- (hotel, China day) pairs on which the hotel was active when the day ended: it had to report
				    select h.id as venue_id, day::date as day
				    from hotel h cross join generate_series(?::date, ?::date, interval '1 day') day
				    where venue_status_at(h.id, ((day::date + 1)::timestamp at time zone 'Asia/Shanghai')) = 'ACTIVE'),
				reported_day as (
				    select r.venue_id, (r.occurred_at at time zone 'Asia/Shanghai')::date as day, count(*) as records
				    from record r where r.trade = ? and r.occurred_at >= ? and r.occurred_at < ?
				      and r.venue_id in (select id from hotel)
				    group by 1, 2),
				reported as (
				    select e.venue_id, count(*) as expected_days, count(rd.venue_id) as reporting_days
				    from expected e left join reported_day rd on rd.venue_id = e.venue_id and rd.day = e.day
				    group by e.venue_id),
				records as (select venue_id, sum(records) as records from reported_day group by venue_id),
				guest as (
				    select p.venue_id,
				           count(*) filter (where %s = 'DOMESTIC') as domestic,
				           count(*) filter (where %s = 'HK_MACAO_TAIWAN') as hmt,
				           count(*) filter (where %s = 'FOREIGN') as foreign_,
				           count(*) as total
				    from record_party p join record r on r.id = p.record_id and r.occurred_at = p.occurred_at
				    where r.trade = ? and p.role = 'GUEST' and p.occurred_at >= ? and p.occurred_at < ?
				      and p.venue_id in (select id from hotel)
				    group by p.venue_id)
				select h.district_code, h.district_name,
				       count(*) filter (where h.status = 'ACTIVE') as active,
				       count(*) filter (where h.status = 'SUSPENDED') as suspended,
				       count(*) filter (where h.status = 'CANCELLED') as cancelled,
				       count(*) filter (where h.status = 'PENDING') as pending,
				       coalesce(sum(g.domestic), 0) as domestic, coalesce(sum(g.hmt), 0) as hmt,
				       coalesce(sum(g.foreign_), 0) as foreign_, coalesce(sum(g.total), 0) as guests,
				       coalesce(sum(rc.records), 0) as records,
				       count(rp.venue_id) filter (where rp.reporting_days > 0) as reporting_venues,
				       coalesce(sum(rp.reporting_days), 0) as reporting_days,
				       coalesce(sum(rp.expected_days), 0) as expected_days
				from hotel h left join reported rp on rp.venue_id = h.id left join records rc on rc.venue_id = h.id
				     left join guest g on g.venue_id = h.id
				where h.status <> 'REJECTED' -- null: not yet filed at the end of the period
				group by h.district_code, h.district_name
				order by h.district_code""".formatted(visible.sql(), category, category, category))
			.params(params)
			.query((rs, n) -> line(rs))
			.list();
		return new HotelReport(window.firstDay(), window.lastDay(), days, rows, total(rows, locale));
	}

	void audit(AuditAction action, TimeWindow window) {
		audit.record(AuditRecord.success(action, "HotelReport", null,
				AuditRecord.criteria("from", window.from(), "to", window.to())));
	}

	private static HotelReport.Line line(ResultSet rs) throws SQLException {
		long active = rs.getLong("active");
		long suspended = rs.getLong("suspended");
		long cancelled = rs.getLong("cancelled");
		long pending = rs.getLong("pending");
		long domestic = rs.getLong("domestic");
		long hmt = rs.getLong("hmt");
		long foreign = rs.getLong("foreign_");
		long guests = rs.getLong("guests");
		long reportingDays = rs.getLong("reporting_days");
		long expectedDays = rs.getLong("expected_days");
		return new HotelReport.Line(
				new HotelReport.District(rs.getString("district_code"), rs.getString("district_name")),
				new HotelReport.Venues(active, suspended, cancelled, pending, active + suspended + cancelled + pending),
				new HotelReport.Guests(domestic, hmt, foreign, guests - domestic - hmt - foreign, guests),
				rs.getLong("records"), rs.getLong("reporting_venues"), reportingDays, expectedDays,
				rate(reportingDays, expectedDays));
	}

	/** The districts added up; the rate is recomputed from the sums, not averaged. */
	private static HotelReport.Line total(List<HotelReport.Line> rows, Locale locale) {
		long[] v = new long[4];
		long[] g = new long[5];
		long records = 0;
		long reportingVenues = 0;
		long reportingDays = 0;
		long expectedDays = 0;
		for (HotelReport.Line row : rows) {
			v[0] += row.venues().active();
			v[1] += row.venues().suspended();
			v[2] += row.venues().cancelled();
			v[3] += row.venues().pending();
			g[0] += row.guests().domestic();
			g[1] += row.guests().hkMacaoTaiwan();
			g[2] += row.guests().foreign();
			g[3] += row.guests().other();
			g[4] += row.guests().total();
			records += row.records();
			reportingVenues += row.reportingVenues();
			reportingDays += row.reportingDays();
			expectedDays += row.expectedDays();
		}
		String name = "en".equals(locale.getLanguage()) ? "Total" : "合计";
		return new HotelReport.Line(new HotelReport.District(null, name),
				new HotelReport.Venues(v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]),
				new HotelReport.Guests(g[0], g[1], g[2], g[3], g[4]), records, reportingVenues, reportingDays,
				expectedDays, rate(reportingDays, expectedDays));
	}

	private static Double rate(long reportingDays, long expectedDays) {
		if (expectedDays == 0) {
			return null;
		}
		return Math.round(1000.0 * reportingDays / expectedDays) / 10.0;
	}
}
