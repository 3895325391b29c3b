package io.zhian.audit;

import java.time.Instant;

/** A row of the audit trail as it is shown and exported. */
public record AuditEvent(long id, Instant occurredAt, String actor, Long actorId, String unitCode, String sourceIp,
		String action, String entityType, String entityId, String outcome, String detail) {
}
