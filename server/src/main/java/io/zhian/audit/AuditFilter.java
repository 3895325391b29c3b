package io.zhian.audit;

import java.time.OffsetDateTime;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/** Criteria of an audit query; every one optional. */
public record AuditFilter(String actor, String entityType, String entityId, String action, OffsetDateTime from,
		OffsetDateTime to) {

	public AuditFilter {
		if (from != null && to != null && from.isAfter(to)) {
			throw new ZhianException(ErrorCode.TIME_RANGE_INVALID);
		}
	}

	String describe() {
		StringBuilder out = new StringBuilder();
		add(out, "actor", actor);
		add(out, "entityType", entityType);
		add(out, "entityId", entityId);
		add(out, "action", action);
		add(out, "from", from);
		add(out, "to", to);
		return out.isEmpty() ? "all" : out.toString();
	}

	private static void add(StringBuilder out, String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			out.append(out.isEmpty() ? "" : ", ").append(name).append('=').append(value);
		}
	}
}
