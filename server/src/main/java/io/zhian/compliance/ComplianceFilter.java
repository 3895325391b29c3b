package io.zhian.compliance;

import java.util.ArrayList;
import java.util.List;

import io.zhian.common.DataScope;
import io.zhian.common.SqlCondition;

/**
 * The WHERE clause over {@code compliance_day d join venue v}: the caller's scope and the list's filters. One
 * place, so the page, its total, its export and the trend cut the same rows.
 */
record ComplianceFilter(Problem problem, Long unitId, String trade) {

	SqlCondition where(DataScope scope) {
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		StringBuilder sql = new StringBuilder(visible.sql());
		List<Object> params = new ArrayList<>(visible.params());
		if (problem != null) {
			sql.append(" and ").append(problem.condition);
		}
		if (unitId != null) {
			// The stations in the subtree of a district or station, as the venue list filters by unit.
			sql.append(" and v.station_unit_id in (select s.id from org_unit s where s.path like "
					+ "(select p.path from org_unit p where p.id = ?) || '%')");
			params.add(unitId);
		}
		if (trade != null && !trade.isBlank()) {
			sql.append(" and ? = any(v.trades)");
			params.add(trade.trim());
		}
		return new SqlCondition(sql.toString(), params);
	}
}
