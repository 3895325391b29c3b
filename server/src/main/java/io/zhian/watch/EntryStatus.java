package io.zhian.watch;

/** Where a watch entry stands; only ACTIVE entries are compared. */
public enum EntryStatus {
	/** A city-wide entry waiting for the city's approval (布控审批). */
	PENDING,
	ACTIVE,
	/** Withdrawn by hand (撤控), with the approving unit and approver. */
	WITHDRAWN,
	/** Its validity period ended (自动撤控). */
	EXPIRED
}
