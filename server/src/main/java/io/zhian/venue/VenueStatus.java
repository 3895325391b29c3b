package io.zhian.venue;

/**
 * Where a venue stands (docs/venues.md): a filing is PENDING until the station approves it (ACTIVE) or rejects
 * it (REJECTED, which the applicant corrects and files again); police SUSPEND and reopen an active venue and
 * CANCEL (注销) it for good.
 */
enum VenueStatus {
	PENDING, REJECTED, ACTIVE, SUSPENDED, CANCELLED;

	/** Approved at some point, so the venue has a code and its key fields are under review. */
	boolean approved() {
		return this == ACTIVE || this == SUSPENDED || this == CANCELLED;
	}
}
