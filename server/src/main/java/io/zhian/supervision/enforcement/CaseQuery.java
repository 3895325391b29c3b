package io.zhian.supervision.enforcement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.zhian.audit.AuditRecord;
import io.zhian.common.DataScope;
import io.zhian.common.SqlCondition;

/**
 * The filters of the case list (spec C3: jurisdiction, enterprise code, enterprise name, case type, incident
 * time), every one optional.
 *
 * @param unitId a district or station: cases of the stations in its subtree
 * @param venue the beginning of an enterprise code or part of its name
 * @param caseType a code of either case-type table
 * @param uploaded true: only cases whose current revision went up; false: only those waiting
 */
public record CaseQuery(Long unitId, Long venueId, String venue, String caseType, LocalDate from, LocalDate to,
		Boolean uploaded) {

	public static final CaseQuery ALL = new CaseQuery(null, null, null, null, null, null, null);

	/** The WHERE clause over the aliases of {@link Cases}: live cases in the reader's scope, each given filter. */
	SqlCondition where(DataScope scope) {
		SqlCondition visible = scope.units("c.station_unit_id");
		StringBuilder where = new StringBuilder("c.deleted_at is null and ").append(visible.sql());
		List<Object> params = new ArrayList<>(visible.params());
		SqlCondition.andIfGiven(where, params, "st.path like (select u.path from org_unit u where u.id = ?) || '%'",
				unitId);
		SqlCondition.andIfGiven(where, params, "c.venue_id = ?", venueId);
		if (venue != null && !venue.isBlank()) {
			where.append(" and (v.code like ? or v.name like ?)");
			params.add(venue.strip() + "%");
			params.add("%" + venue.strip() + "%");
		}
		if (caseType != null && !caseType.isBlank()) {
			where.append(" and (c.criminal_type = ? or c.public_order_type = ?)");
			params.add(caseType);
			params.add(caseType);
		}
		SqlCondition.andIfGiven(where, params, "c.occurred_on >= ?", from);
		SqlCondition.andIfGiven(where, params, "c.occurred_on <= ?", to);
		if (uploaded != null) {
			where.append(uploaded ? " and c.uploaded_at is not null" : " and c.uploaded_at is null");
		}
		return new SqlCondition(where.toString(), params);
	}

	String criteria() {
		return AuditRecord.criteria("unit", unitId, "venueId", venueId, "venue", venue, "type", caseType, "from", from,
				"to", to, "uploaded", uploaded);
	}
}
