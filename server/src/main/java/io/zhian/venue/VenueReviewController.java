package io.zhian.venue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.DataScope;
import io.zhian.common.PageQuery;

/** The police review queue: filings to approve and key-field changes to decide, within the caller's scope. */
@RestController
@Tag(name = "venue reviews", description = "Pending venue filings and change requests")
class VenueReviewController {

	private final Venues venues;
	private final VenueChangeRequests changes;

	VenueReviewController(Venues venues, VenueChangeRequests changes) {
		this.venues = venues;
		this.changes = changes;
	}

	@GetMapping("/api/v1/venue-reviews")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	@Operation(summary = "Pending filings (up to 200, oldest code-less first) and open change requests")
	VenueRequests.Queue queue() {
		DataScope scope = CurrentActor.require().dataScope();
		return new VenueRequests.Queue(
				venues.list(scope, new VenueQuery(null, VenueStatus.PENDING.name(), null, null), PageQuery.of(0, 200))
					.items(),
				changes.pending(scope));
	}

	@PostMapping("/api/v1/venue-change-requests/{id}/approve")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	ChangeRequest approve(@PathVariable long id, @RequestBody(required = false) VenueRequests.Reason body) {
		return changes.approve(CurrentActor.require(), id, body == null ? null : body.reason());
	}

	@PostMapping("/api/v1/venue-change-requests/{id}/reject")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	ChangeRequest reject(@PathVariable long id, @RequestBody VenueRequests.Reason body) {
		return changes.reject(CurrentActor.require(), id, body.reason());
	}
}
