package io.zhian.audit;

public enum AuditOutcome {
	SUCCESS, FAILURE, DENIED
}
