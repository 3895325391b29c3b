package io.zhian.alarm;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/**
 * The monthly alarm report (接处警情况月报表) over the published alarms within the reader's scope: per month and
 * unit the alarms raised, signed, handled, answered, closed and escalated with the time to sign (from
 * publication) and to close (from raising), median and average in minutes; per month the count by category; the
 * outcomes; and the timing over the whole period. Months are China months.
 */
@Component
class AlarmReports {

	static final int MAX_MONTHS = 24;
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	private static final String MONTH = "to_char(a.raised_at at time zone 'Asia/Shanghai', 'YYYY-MM')";
	private static final String TIMING = """
			percentile_cont(0.5) within group (order by extract(epoch from a.signed_at - a.published_at)) / 60
			    as median_sign,
			avg(extract(epoch from a.signed_at - a.published_at)) / 60 as avg_sign,
			percentile_cont(0.5) within group (order by extract(epoch from a.closed_at - a.raised_at)) / 60
			    as median_close,
			avg(extract(epoch from a.closed_at - a.raised_at)) / 60 as avg_close""";

	/** Minutes to sign and to close; null where no alarm got that far. */
	record Timing(Double medianSignMinutes, Double avgSignMinutes, Double medianCloseMinutes,
			Double avgCloseMinutes) {
	}

	/** One line of the monthly report: a unit's alarms raised in a month. */
	record UnitMonth(String month, Long unitId, String unitName, long raised, long signed, long handled,
			long answered, long closed, long escalated, Timing timing) {
	}

	/** How many alarms had a key (a category or an outcome), in a month or over the period. */
	record Count(String month, String key, long count) {
	}

	record Report(YearMonth from, YearMonth to, List<UnitMonth> rows, List<Count> categories, List<Count> outcomes,
			Timing overall) {
	}

	private final JdbcClient jdbc;

	AlarmReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Report monthly(Actor actor, YearMonth from, YearMonth to, Long unitId) {
		if (from == null || to == null || from.isAfter(to) || ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
			throw new ZhianException(ErrorCode.ALARM_MONTH_INVALID, from, to);
		}
		List<Object> params = new ArrayList<>();
		String where = where(actor, from, to, unitId, params);
		List<UnitMonth> rows = jdbc.sql("select " + MONTH + " as month, a.unit_id, u.name as unit_name, count(*) as raised,"
				+ " count(a.signed_at) as signed, count(a.handled_at) as handled, count(a.feedback_at) as answered,"
				+ " count(a.closed_at) as closed, count(a.escalated_at) as escalated, " + TIMING
				+ " from alarm a left join org_unit u on u.id = a.unit_id" + where
				+ " group by 1, a.unit_id, u.name, u.path order by 1, u.path nulls last")
			.params(params)
			.query((rs, row) -> new UnitMonth(rs.getString("month"), (Long) rs.getObject("unit_id"),
					rs.getString("unit_name"), rs.getLong("raised"), rs.getLong("signed"), rs.getLong("handled"),
					rs.getLong("answered"), rs.getLong("closed"), rs.getLong("escalated"), timing(rs)))
			.list();
		List<Count> categories = jdbc.sql("select " + MONTH + " as month, coalesce(a.category, a.kind) as key,"
				+ " count(*) as n from alarm a" + where + " group by 1, 2 order by 1, 3 desc")
			.params(params).query(AlarmReports::count).list();
		List<Count> outcomes = jdbc.sql("select null as month, a.outcome as key, count(*) as n from alarm a" + where
				+ " and a.outcome is not null group by 2 order by 3 desc")
			.params(params).query(AlarmReports::count).list();
		Timing overall = jdbc.sql("select " + TIMING + " from alarm a" + where).params(params)
			.query((rs, row) -> timing(rs)).single();
		return new Report(from, to, rows, categories, outcomes, overall);
	}

	private static String where(Actor actor, YearMonth from, YearMonth to, Long unitId, List<Object> params) {
		SqlCondition scope = AlarmScope.of(actor);
		params.addAll(scope.params());
		params.add(from.atDay(1).atStartOfDay(CHINA).toOffsetDateTime());
		params.add(to.plusMonths(1).atDay(1).atStartOfDay(CHINA).toOffsetDateTime());
		String where = " where " + scope.sql() + " and a.review = 'PUBLISHED' and a.raised_at >= ? and a.raised_at < ?";
		if (unitId != null) {
			where += " and a.unit_id in (select s.id from org_unit s where s.path like "
					+ "(select p.path from org_unit p where p.id = ?) || '%')";
			params.add(unitId);
		}
		return where;
	}

	private static Count count(ResultSet rs, int row) throws SQLException {
		return new Count(rs.getString("month"), rs.getString("key"), rs.getLong("n"));
	}

	private static Timing timing(ResultSet rs) throws SQLException {
		return new Timing(minutes(rs, "median_sign"), minutes(rs, "avg_sign"), minutes(rs, "median_close"),
				minutes(rs, "avg_close"));
	}

	/** Minutes with one decimal, or null. */
	private static Double minutes(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? null : Math.round(value * 10) / 10.0;
	}
}
