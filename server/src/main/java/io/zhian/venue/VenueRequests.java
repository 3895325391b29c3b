package io.zhian.venue;

/** Bodies of the venue endpoints that carry more than a filing. */
final class VenueRequests {

	private VenueRequests() {
	}

	/** A reason for a rejection or status change, or the note of an approval. */
	record Reason(String reason) {
	}

	/** The station approves a filing and may assign the responsible officer (责任民警) at once. */
	record Approval(Long responsibleOfficerId) {
	}

	/** A change request: the filing as it should become (only its key fields count) and why. */
	record Change(VenueFiling venue, String reason) {
	}

	/** The review queue: filings awaiting approval and key-field changes awaiting review. */
	record Queue(java.util.List<Venue> filings, java.util.List<ChangeRequest> changeRequests) {
	}
}
