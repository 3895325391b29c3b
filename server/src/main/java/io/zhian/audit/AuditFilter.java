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
		return AuditRecord.criteria("actor", actor, "entityType", entityType, "entityId", entityId, "action", action,
				"from", from, "to", to);
	}
}
