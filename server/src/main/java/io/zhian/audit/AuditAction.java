package io.zhian.audit;

/** What was done. Kept generic so that every module describes its acts with the same verbs. */
public enum AuditAction {
	LOGIN, LOGOUT, LOCKOUT, PASSWORD_CHANGE, SECOND_FACTOR_CHANGE,
	CREATE, UPDATE, DELETE, PERMISSION_CHANGE,
	/** A view of personal data (a detail page, a full unmasked value). */
	READ,
	/** A query over personal data, with its criteria in the detail. */
	SEARCH,
	EXPORT, VERIFY
}
