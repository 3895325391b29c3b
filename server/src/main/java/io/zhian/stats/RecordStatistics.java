package io.zhian.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/**
 * Grouped cross-tabs (分组交叉统计) of records and their parties within the caller's data scope: one aggregate
 * query, its time window bounding both partitioned tables so only the window's months are read.
 */
@Service
class RecordStatistics {

	private static final String FROM = """
			 from record r
			 join venue v on v.id = r.venue_id
			 join org_unit st on st.id = v.station_unit_id
			 left join org_unit d on d.id = st.parent_id
			 left join record_party p on p.record_id = r.id and p.occurred_at = r.occurred_at
			      and p.occurred_at >= ? and p.occurred_at < ?
			""";

	private final JdbcClient jdbc;
	private final KeyLabels labels;
	private final AuditTrail audit;
	private final int maxGroups;

	RecordStatistics(JdbcClient jdbc, KeyLabels labels, AuditTrail audit,
			@Value("${zhian.stats.max-groups:10000}") int maxGroups) {
		this.jdbc = jdbc;
		this.labels = labels;
		this.audit = audit;
		this.maxGroups = maxGroups;
	}

	/** The cross-tab; the caller audits it with {@link #audit} once it is answered (an export may still be refused). */
	CrossTab crossTab(DataScope scope, CrossTabQuery query, Locale locale) {
		List<Object> params = new ArrayList<>();
		String from = FROM + where(scope, query, params);
		StringBuilder select = new StringBuilder("select ");
		List<String> grouping = new ArrayList<>();
		int position = 0;
		for (int i = 0; i < query.groupBy().size(); i++) {
			Dimension dimension = query.groupBy().get(i);
			select.append(dimension.codeSql()).append(" as k").append(i).append(", ");
			grouping.add(String.valueOf(++position));
			if (dimension.nameSql() != null) {
				select.append(dimension.nameSql()).append(" as n").append(i).append(", ");
				grouping.add(String.valueOf(++position));
			}
		}
		// Grouped by column position: the dimension expressions are long, and some are repeated verbatim.
		String sql = select + "count(distinct r.id) as records, count(p.record_id) as parties" + from
				+ " group by " + String.join(", ", grouping) + " order by " + String.join(", ", grouping) + " limit "
				+ (maxGroups + 1);
		List<CrossTab.Row> rows = jdbc.sql(sql).params(params)
			.query((rs, n) -> row(rs, query.groupBy(), locale)).list();
		if (rows.size() > maxGroups) {
			throw new ZhianException(ErrorCode.STATS_TOO_MANY_GROUPS, maxGroups);
		}
		CrossTab.Counts totals = jdbc.sql("select count(distinct r.id) as records, count(p.record_id) as parties" + from)
			.params(params)
			.query((rs, n) -> new CrossTab.Counts(rs.getLong("records"), rs.getLong("parties")))
			.single();
		return new CrossTab(query.groupBy().stream().map(Dimension::parameter).toList(), query.window().from(),
				query.window().to(), rows, totals);
	}

	/** A search or an export of a cross-tab, with its criteria: it reads personal data, if in aggregate. */
	void audit(AuditAction action, CrossTabQuery query) {
		audit.record(AuditRecord.success(action, "RecordStatistics", null, query.criteria()));
	}

	private static String where(DataScope scope, CrossTabQuery query, List<Object> params) {
		Timestamp from = Timestamp.from(query.window().from().toInstant());
		Timestamp to = Timestamp.from(query.window().to().toInstant());
		params.add(from);
		params.add(to);
		StringBuilder where = new StringBuilder(" where r.occurred_at >= ? and r.occurred_at < ?");
		params.add(from);
		params.add(to);
		SqlCondition visible = scope.venues("r.venue_id", "v.station_unit_id");
		where.append(" and ").append(visible.sql());
		params.addAll(visible.params());
		filter(where, params, "r.trade = ?", query.trade());
		filter(where, params, "r.kind = ?", query.kind());
		filter(where, params, "r.venue_id = ?", query.venueId());
		filter(where, params,
				"st.path like (select u.path from org_unit u where u.id = ?) || '%'", query.unitId());
		return where.toString();
	}

	private static void filter(StringBuilder where, List<Object> params, String condition, Object value) {
		if (value != null && !value.toString().isBlank()) {
			where.append(" and ").append(condition);
			params.add(value);
		}
	}

	private CrossTab.Row row(ResultSet rs, List<Dimension> groupBy, Locale locale) throws SQLException {
		Map<String, CrossTab.Key> keys = new LinkedHashMap<>();
		for (int i = 0; i < groupBy.size(); i++) {
			Dimension dimension = groupBy.get(i);
			String code = rs.getString("k" + i);
			String name = dimension.nameSql() != null ? rs.getString("n" + i) : labels.name(dimension, code, locale);
			keys.put(dimension.parameter(), new CrossTab.Key(code, name));
		}
		return new CrossTab.Row(keys, rs.getLong("records"), rs.getLong("parties"));
	}
}
