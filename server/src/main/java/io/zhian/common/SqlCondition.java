package io.zhian.common;

import java.util.List;

/** A piece of a WHERE clause with its positional parameters. */
public record SqlCondition(String sql, List<Object> params) {

	public static final SqlCondition ALWAYS = new SqlCondition("true", List.of());
	public static final SqlCondition NEVER = new SqlCondition("false", List.of());

	public SqlCondition {
		params = List.copyOf(params);
	}

	/** Appends {@code and <sql>} with its one parameter to a filter being built, unless the value is absent or blank. */
	public static void andIfGiven(StringBuilder where, List<Object> params, String sql, Object value) {
		if (value != null && !(value instanceof String s && s.isBlank())) {
			where.append(" and ").append(sql);
			params.add(value);
		}
	}
}
