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

	/**
	 * Query criteria as an audit detail: "name=value" for each pair whose value is present, e.g.
	 * {@code criteria("actor", "admin", "from", null)} gives "actor=admin"; "all" when none is.
	 */
	public static String criteria(Object... namesAndValues) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null && !value.toString().isBlank()) {
				out.append(out.isEmpty() ? "" : ", ").append(namesAndValues[i]).append('=').append(value);
			}
		}
		return out.isEmpty() ? "all" : out.toString();
	}

	public static AuditRecord failure(AuditAction action, String entityType, Object entityId, String detail) {
		return new AuditRecord(action, entityType, entityId == null ? null : entityId.toString(),
				AuditOutcome.FAILURE, detail);
	}
}
