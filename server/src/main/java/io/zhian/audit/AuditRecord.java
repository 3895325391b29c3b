package io.zhian.audit;

/**
 * One thing to write to the trail. The acting user, unit, address and time are added by {@link AuditTrail}.
 */
public record AuditRecord(AuditAction action, String entityType, String entityId, AuditOutcome outcome,
		String detail) {

	public static AuditRecord success(AuditAction action, String entityType, Object entityId, String detail) {
		return new AuditRecord(action, entityType, entityId == null ? null : entityId.toString(),
				AuditOutcome.SUCCESS, detail);
	}

	public static AuditRecord failure(AuditAction action, String entityType, Object entityId, String detail) {
		return new AuditRecord(action, entityType, entityId == null ? null : entityId.toString(),
				AuditOutcome.FAILURE, detail);
	}
}
