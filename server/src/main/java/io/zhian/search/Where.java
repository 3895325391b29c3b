package io.zhian.search;

import java.util.ArrayList;
import java.util.List;

import io.zhian.common.SqlCondition;

/** A WHERE clause grown condition by condition; a condition whose value is absent is left out. */
final class Where {

	private final StringBuilder sql = new StringBuilder(" where ");
	private final List<Object> params = new ArrayList<>();

	Where(SqlCondition first) {
		sql.append(first.sql());
		params.addAll(first.params());
	}

	/** Adds {@code condition} (one '?') when {@code value} is present and not blank. */
	Where and(String condition, Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			sql.append(" and ").append(condition);
			params.add(value);
		}
		return this;
	}

	/** Adds a condition with any number of parameters, unconditionally. */
	Where andAll(String condition, Object... values) {
		sql.append(" and ").append(condition);
		params.addAll(List.of(values));
		return this;
	}

	String sql() {
		return sql.toString();
	}

	List<Object> params() {
		return params;
	}
}
