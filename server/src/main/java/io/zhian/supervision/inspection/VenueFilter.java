package io.zhian.supervision.inspection;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.common.Actor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.SqlCondition;

/**
 * A WHERE clause over rows of venues (joined as {@code v}) that starts with the reader's data scope, so no list
 * or lookup of this package can forget it; then counted and paged, or read as one row.
 */
final class VenueFilter {

	private final StringBuilder where = new StringBuilder(" where ");
	private final List<Object> params = new ArrayList<>();

	VenueFilter(Actor actor, String venueIdColumn) {
		SqlCondition visible = actor.dataScope().venues(venueIdColumn, "v.station_unit_id");
		where.append(visible.sql());
		params.addAll(visible.params());
	}

	/** Adds {@code and <sql>} with its one parameter, unless the value is absent. */
	VenueFilter and(String sql, Object value) {
		SqlCondition.andIfGiven(where, params, sql, value);
		return this;
	}

	VenueFilter and(String sql) {
		where.append(" and ").append(sql);
		return this;
	}

	/** Counts the rows of {@code from} and reads one page of {@code select + from} in the given order. */
	<T> Paged<T> page(JdbcClient jdbc, String select, String from, String order, PageQuery page, RowMapper<T> rows) {
		long total = jdbc.sql("select count(*) " + from + where).params(params).query(Long.class).single();
		List<Object> paged = new ArrayList<>(params);
		paged.add(page.size());
		paged.add(page.offset());
		List<T> items = jdbc.sql(select + " " + from + where + " order by " + order + " limit ? offset ?").params(paged)
			.query(rows).list();
		return new Paged<>(items, total);
	}

	<T> java.util.Optional<T> one(JdbcClient jdbc, String select, String from, RowMapper<T> rows) {
		return jdbc.sql(select + " " + from + where).params(params).query(rows).optional();
	}
}
