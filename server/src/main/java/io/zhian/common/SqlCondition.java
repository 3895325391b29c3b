package io.zhian.common;

import java.util.List;

/** A piece of a WHERE clause with its positional parameters. */
public record SqlCondition(String sql, List<Object> params) {

	public static final SqlCondition ALWAYS = new SqlCondition("true", List.of());
	public static final SqlCondition NEVER = new SqlCondition("false", List.of());

	public SqlCondition {
		params = List.copyOf(params);
	}
}
