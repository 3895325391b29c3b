package io.zhian.supervision.inspection;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/**
 * Which active venues within scope must be inspected when (应检、逾期未检): due dates are computed from the last
 * inspection and the current intervals on every read, so a change of the intervals applies at once.
 */
@Service
public class DueInspections {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** Which venues a list holds. */
	public enum Filter {
		/** every active venue within scope */
		ALL,
		/** due within the given number of days, overdue included */
		DUE,
		/** past the due date */
		OVERDUE
	}

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	DueInspections(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Venues within scope by due date, earliest first.
	 *
	 * @param stationUnitId only this station's venues (within scope still)
	 * @param withinDays for {@link Filter#DUE}: how far ahead counts as due
	 */
	@Transactional
	public Paged<VenueDue> list(Actor actor, Filter filter, Long stationUnitId, int withinDays, PageQuery page) {
		LocalDate today = today();
		VenueFilter where = new VenueFilter(actor, "v.venue_id").and("v.station_unit_id = ?", stationUnitId);
		switch (filter) {
			case OVERDUE -> where.and("next_due < ?", Date.valueOf(today));
			case DUE -> where.and("next_due <= ?", Date.valueOf(today.plusDays(withinDays)));
			case ALL -> {
			}
		}
		Paged<VenueDue> items = where.page(jdbc, "select *", FROM, "next_due, venue_name", page,
				(rs, row) -> due(rs, row, today));
		audit.record(AuditRecord.success(AuditAction.SEARCH, "InspectionDue", null,
				AuditRecord.criteria("filter", filter, "station", stationUnitId)));
		return items;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), CHINA);
	}

	/**
	 * Active venues with their last inspection and next due date. Dates are counted in China time; a month
	 * interval is calendar months (a venue inspected on 31 January is due again on 28/29 February).
	 */
	private static final String FROM = """
			from (select %s, v.status, l.id as last_id, l.inspected_at as last_at, l.grade, l.score,
			        case when l.id is null
			             then (v.created_at at time zone 'Asia/Shanghai')::date + g.ungraded_days
			             else ((l.inspected_at at time zone 'Asia/Shanghai')::date + make_interval(months =>
			                  case l.grade when 'A' then g.a_months when 'B' then g.b_months
			                               when 'C' then g.c_months else g.d_months end))::date
			        end as next_due
			       from venue v join org_unit st on st.id = v.station_unit_id
			       cross join inspection_grading g
			       left join lateral (select i.id, i.inspected_at, i.grade, i.score from inspection i
			                          where i.venue_id = v.id order by i.inspected_at desc, i.id desc limit 1) l on true
			       where v.status = 'ACTIVE') v""".formatted(InspectedVenues.COLUMNS);

	private static VenueDue due(ResultSet rs, int row, LocalDate today) throws SQLException {
		LocalDate next = rs.getDate("next_due").toLocalDate();
		Timestamp last = rs.getTimestamp("last_at");
		return new VenueDue(InspectedVenues.ref(rs, row), rs.getString("grade"), (Integer) rs.getObject("score"),
				(Long) rs.getObject("last_id"), last == null ? null : last.toInstant(), next, next.isBefore(today));
	}
}
