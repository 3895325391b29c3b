package io.zhian.compliance;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.compliance.ComplianceViews.DaySummary;
import io.zhian.compliance.ComplianceViews.DayTrend;
import io.zhian.compliance.ComplianceViews.VenueDay;
import io.zhian.compliance.ComplianceViews.VenuePeriod;

/** Reads the stored evaluations within the caller's data scope. */
@Service
class ComplianceQueries {

	static final int MAX_TREND_DAYS = 366;

	private static final String FROM =
			" from compliance_day d join venue v on v.id = d.venue_id join org_unit u on u.id = v.station_unit_id";

	// Worst first: the longest silence, then too few, then late; the venue code keeps pages stable.
	private static final String LIST = """
			select d.*, v.code, v.name, v.trades, v.station_unit_id, u.name as station_name,
			       rem.sent_at as reminder_sent_at, rem.read_at as reminder_read_at""" + FROM + """

			  left join lateral (select sent_at, read_at from compliance_reminder cr where cr.venue_id = v.id
			                      order by cr.sent_at desc limit 1) rem on true
			 where d.day = ? and %s
			 order by d.no_upload desc, d.days_without_upload desc, d.below_minimum desc, d.delayed desc,
			          v.code, v.id""";

	// Per venue over the period; a problem filter keeps the venues that had it on at least one day.
	private static final String PERIOD = """
			select v.id as venue_id, v.code, v.name, v.trades, v.station_unit_id, u.name as station_name,
			       count(*) as evaluated_days,
			       count(*) filter (where d.no_upload) as no_upload_days,
			       count(*) filter (where d.below_minimum) as below_minimum_days,
			       count(*) filter (where d.delayed > 0) as delayed_days,
			       max(d.days_without_upload) as longest_silence,
			       sum(d.record_count) as records, sum(d.delayed) as delayed_records,
			       max(d.last_received_at) as last_received_at""" + FROM + """

			 where d.day between ? and ? and %s
			 group by v.id, u.name
			having %s
			 order by no_upload_days desc, longest_silence desc, below_minimum_days desc, delayed_days desc,
			          v.code, v.id""";

	private final JdbcClient jdbc;

	ComplianceQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	Paged<VenueDay> venues(DataScope scope, LocalDate day, ComplianceFilter filter, PageQuery page) {
		SqlCondition where = filter.where(scope);
		List<Object> params = withDay(day, where);
		long total = jdbc.sql("select count(*)" + FROM + " where d.day = ? and " + where.sql()).params(params)
			.query(Long.class).single();
		params.add(page.size());
		params.add(page.offset());
		return new Paged<>(jdbc.sql(LIST.formatted(where.sql()) + " limit ? offset ?").params(params)
			.query(ComplianceQueries::venueDay).list(), total);
	}

	/** Every row of the list, for an export whose size the caller has checked against the cap. */
	@Transactional(readOnly = true)
	List<VenueDay> allVenues(DataScope scope, LocalDate day, ComplianceFilter filter) {
		SqlCondition where = filter.where(scope);
		return jdbc.sql(LIST.formatted(where.sql())).params(withDay(day, where)).query(ComplianceQueries::venueDay)
			.list();
	}

	/** One entry per evaluated day of the period (days never evaluated are absent, not zero). */
	@Transactional(readOnly = true)
	List<DayTrend> trend(DataScope scope, LocalDate from, LocalDate to, ComplianceFilter filter) {
		checkRange(from, to);
		SqlCondition where = filter.where(scope);
		List<Object> params = new ArrayList<>(where.params());
		params.add(from);
		params.add(to);
		return jdbc.sql("""
				select run.day, count(x.venue_id) as venues,
				       count(*) filter (where x.no_upload) as no_upload,
				       count(*) filter (where x.below_minimum) as below_minimum,
				       count(*) filter (where x.delayed > 0) as delayed,
				       coalesce(sum(x.record_count), 0) as records, coalesce(sum(x.delayed), 0) as delayed_records
				  from compliance_run run
				  left join (select d.*""" + FROM + " where " + where.sql() + """
				            ) x on x.day = run.day
				 where run.day between ? and ?
				 group by run.day order by run.day""")
			.params(params)
			.query((rs, row) -> new DayTrend(rs.getObject("day", LocalDate.class), rs.getLong("venues"),
					rs.getLong("no_upload"), rs.getLong("below_minimum"), rs.getLong("delayed"), rs.getLong("records"),
					rs.getLong("delayed_records")))
			.list();
	}

	/** Venues over a period of at most {@value #MAX_TREND_DAYS} days, worst first. */
	@Transactional(readOnly = true)
	Paged<VenuePeriod> period(DataScope scope, LocalDate from, LocalDate to, ComplianceFilter filter,
			PageQuery page) {
		SqlCondition query = periodQuery(scope, from, to, filter);
		List<Object> params = new ArrayList<>(query.params());
		long total = jdbc.sql("select count(*) from (" + query.sql() + ") x").params(params).query(Long.class)
			.single();
		params.add(page.size());
		params.add(page.offset());
		return new Paged<>(jdbc.sql(query.sql() + " limit ? offset ?").params(params)
			.query(ComplianceQueries::venuePeriod).list(), total);
	}

	/** Every venue of the period, for an export whose size the caller has checked against the cap. */
	@Transactional(readOnly = true)
	List<VenuePeriod> allPeriod(DataScope scope, LocalDate from, LocalDate to, ComplianceFilter filter) {
		SqlCondition query = periodQuery(scope, from, to, filter);
		return jdbc.sql(query.sql()).params(query.params()).query(ComplianceQueries::venuePeriod).list();
	}

	private static SqlCondition periodQuery(DataScope scope, LocalDate from, LocalDate to, ComplianceFilter filter) {
		checkRange(from, to);
		// The problem is a condition on days, so it goes into HAVING (some day had it), not into WHERE.
		SqlCondition where = new ComplianceFilter(null, filter.unitId(), filter.trade()).where(scope);
		String having = filter.problem() == null ? "true" : "bool_or(" + filter.problem().condition + ")";
		List<Object> params = new ArrayList<>(List.of(from, to));
		params.addAll(where.params());
		return new SqlCondition(PERIOD.formatted(where.sql(), having), params);
	}

	private static void checkRange(LocalDate from, LocalDate to) {
		if (from.isAfter(to) || ChronoUnit.DAYS.between(from, to) >= MAX_TREND_DAYS) {
			throw new ZhianException(ErrorCode.COMPLIANCE_RANGE_INVALID, from, to, MAX_TREND_DAYS);
		}
	}

	@Transactional(readOnly = true)
	DaySummary summary(DataScope scope, LocalDate day, ComplianceFilter filter) {
		Instant evaluatedAt = jdbc.sql("select evaluated_at from compliance_run where day = ?").param(day)
			.query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
		SqlCondition where = filter.where(scope);
		return jdbc.sql("""
				select count(*) as venues,
				       count(*) filter (where not d.no_upload and not d.below_minimum) as normal,
				       count(*) filter (where d.below_minimum) as below_minimum,
				       count(*) filter (where d.no_upload) as no_upload,
				       count(*) filter (where d.delayed > 0) as delayed,
				       coalesce(sum(d.record_count), 0) as records, coalesce(sum(d.delayed), 0) as delayed_records"""
				+ FROM + " where d.day = ? and " + where.sql())
			.params(withDay(day, where))
			.query((rs, row) -> new DaySummary(day, evaluatedAt, rs.getLong("venues"), rs.getLong("normal"),
					rs.getLong("below_minimum"), rs.getLong("no_upload"), rs.getLong("delayed"), rs.getLong("records"),
					rs.getLong("delayed_records")))
			.single();
	}

	private static List<Object> withDay(LocalDate day, SqlCondition where) {
		List<Object> params = new ArrayList<>();
		params.add(day);
		params.addAll(where.params());
		return params;
	}

	private static VenueDay venueDay(ResultSet rs, int row) throws SQLException {
		Array trades = rs.getArray("trades");
		return new VenueDay(rs.getObject("day", LocalDate.class), rs.getLong("venue_id"), rs.getString("code"),
				rs.getString("name"), Arrays.asList((String[]) trades.getArray()), rs.getLong("station_unit_id"),
				rs.getString("station_name"), rs.getInt("record_count"), rs.getInt("minimum"),
				rs.getBoolean("below_minimum"), rs.getBoolean("no_upload"), rs.getInt("days_without_upload"),
				rs.getInt("delayed"), instant(rs, "last_occurred_at"), instant(rs, "last_received_at"),
				instant(rs, "reminder_sent_at"), instant(rs, "reminder_read_at"));
	}

	private static VenuePeriod venuePeriod(ResultSet rs, int row) throws SQLException {
		Array trades = rs.getArray("trades");
		return new VenuePeriod(rs.getLong("venue_id"), rs.getString("code"), rs.getString("name"),
				Arrays.asList((String[]) trades.getArray()), rs.getLong("station_unit_id"), rs.getString("station_name"),
				rs.getInt("evaluated_days"), rs.getInt("no_upload_days"), rs.getInt("below_minimum_days"),
				rs.getInt("delayed_days"), rs.getInt("longest_silence"), rs.getLong("records"),
				rs.getLong("delayed_records"), instant(rs, "last_received_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
