package io.zhian.supervision.bulletin;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;

/**
 * Turns an {@link Audience} into the venues that receive the bulletin, within the publisher's data scope only.
 * A named district, station or venue outside that scope is refused (ZA-9004) rather than silently dropped, so the
 * publisher never believes a venue was reached when it was not.
 */
@Component
class AudienceResolver {

	private final JdbcClient jdbc;

	AudienceResolver(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The recipient venue ids in ascending order; ZA-9004 for a name outside the scope, ZA-9003 when none. */
	List<Long> resolve(DataScope scope, Audience audience) {
		requireUnits(scope, audience.districts(), "DISTRICT", "audience.districts");
		requireUnits(scope, audience.stations(), "STATION", "audience.stations");
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		requireVenues(visible, audience.venues());
		StringBuilder sql = new StringBuilder("select v.id from venue v where ").append(visible.sql())
			.append(" and (v.id = any(?::bigint[])");
		List<Object> params = new ArrayList<>(visible.params());
		params.add(audience.venues().toArray(Long[]::new));
		if (audience.selectsGroups()) {
			sql.append(" or (v.status = 'ACTIVE'");
			if (!audience.trades().isEmpty()) {
				sql.append(" and v.trades && ?::varchar[]");
				params.add(audience.trades().toArray(String[]::new));
			}
			List<Long> units = new ArrayList<>(audience.districts());
			units.addAll(audience.stations());
			if (!units.isEmpty()) {
				sql.append(" and v.station_unit_id in (select u.id from org_unit u join org_unit a"
						+ " on u.path like a.path || '%' where a.id = any(?::bigint[]))");
				params.add(units.toArray(Long[]::new));
			}
			sql.append(")");
		}
		List<Long> venues = jdbc.sql(sql.append(") order by v.id").toString()).params(params).query(Long.class)
			.list();
		if (venues.isEmpty()) {
			throw new ZhianException(ErrorCode.BULLETIN_AUDIENCE_EMPTY);
		}
		return venues;
	}

	private void requireUnits(DataScope scope, List<Long> ids, String level, String field) {
		for (Long id : ids) {
			String path = id == null ? null : jdbc.sql("select path from org_unit where id = ? and level = ?")
				.params(id, level).query(String.class).optional().orElse(null);
			if (path == null || !scope.coversUnit(id, path)) {
				throw new ZhianException(ErrorCode.BULLETIN_AUDIENCE_OUTSIDE_SCOPE, field, id);
			}
		}
	}

	private void requireVenues(SqlCondition visible, List<Long> ids) {
		for (Long id : ids) {
			List<Object> params = new ArrayList<>(visible.params());
			params.add(id);
			boolean reachable = id != null && jdbc.sql("select exists (select 1 from venue v where " + visible.sql()
					+ " and v.id = ? and v.status <> 'CANCELLED')").params(params).query(Boolean.class).single();
			if (!reachable) {
				throw new ZhianException(ErrorCode.BULLETIN_AUDIENCE_OUTSIDE_SCOPE, "audience.venues", id);
			}
		}
	}
}
