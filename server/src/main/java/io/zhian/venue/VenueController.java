package io.zhian.venue;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/**
 * Venues for the police console and the enterprise portal alike: every answer is cut to the caller's data
 * scope, so an enterprise user reaches only its own venue. Permission names are literals because the org
 * module, which declares them, depends on this one.
 */
@RestController
@RequestMapping("/api/v1/venues")
@Tag(name = "venues", description = "Venues of the regulated trades: filing, review, history")
class VenueController {

	private static final String READERS = "hasAnyAuthority('VENUE_READ', 'ENTERPRISE_PORTAL')";

	private final Venues venues;
	private final VenueFilings filings;
	private final VenueChangeRequests changes;
	private final AuditTrail audit;

	VenueController(Venues venues, VenueFilings filings, VenueChangeRequests changes, AuditTrail audit) {
		this.venues = venues;
		this.filings = filings;
		this.changes = changes;
		this.audit = audit;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('VENUE_READ')")
	@Operation(summary = "Venues within the caller's data scope, filtered by text, status, trade and unit")
	Paged<Venue> list(@RequestParam(required = false) String q, @RequestParam(required = false) VenueStatus status,
			@RequestParam(required = false) String trade, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		Paged<Venue> found = venues.list(CurrentActor.require().dataScope(),
				new VenueQuery(q, status == null ? null : status.name(), blank(trade), unitId), paging);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Venue", null, AuditRecord.criteria("q", q, "status",
				status, "trade", trade, "unitId", unitId, "page", paging.page())));
		return found;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	@Operation(summary = "Police enter a venue directly; it is active at once and gets its code")
	VenueDetail enter(@RequestBody VenueFiling filing) {
		return filings.enter(CurrentActor.require(), filing);
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One venue with all its filed fields")
	VenueDetail get(@PathVariable long id) {
		return filings.read(CurrentActor.require(), id);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAnyAuthority('VENUE_REVIEW', 'ENTERPRISE_PORTAL')")
	@Operation(summary = "Change a venue: police any field; the enterprise its filing while pending or rejected "
			+ "(a rejected filing goes back to review), its non-key fields once approved")
	VenueDetail edit(@PathVariable long id, @RequestBody VenueFiling filing) {
		return filings.edit(CurrentActor.require(), id, filing);
	}

	@PostMapping("/{id}/approve")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	@Operation(summary = "Approve a pending filing: the venue gets its code and becomes active")
	VenueDetail approve(@PathVariable long id, @RequestBody(required = false) VenueRequests.Approval approval) {
		return filings.approve(CurrentActor.require(), id, approval == null ? null : approval.responsibleOfficerId());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	@Operation(summary = "Reject a pending filing with a reason; the applicant may correct it and file again")
	VenueDetail reject(@PathVariable long id, @RequestBody VenueRequests.Reason body) {
		return filings.reject(CurrentActor.require(), id, body.reason());
	}

	@PostMapping("/{id}/suspend")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	VenueDetail suspend(@PathVariable long id, @RequestBody VenueRequests.Reason body) {
		return filings.suspend(CurrentActor.require(), id, body.reason());
	}

	@PostMapping("/{id}/reopen")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	VenueDetail reopen(@PathVariable long id, @RequestBody VenueRequests.Reason body) {
		return filings.reopen(CurrentActor.require(), id, body.reason());
	}

	@PostMapping("/{id}/cancel")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	@Operation(summary = "Cancel (注销) an active or suspended venue for good")
	VenueDetail cancel(@PathVariable long id, @RequestBody VenueRequests.Reason body) {
		return filings.cancel(CurrentActor.require(), id, body.reason());
	}

	@GetMapping("/{id}/history")
	@PreAuthorize(READERS)
	@Operation(summary = "Every change of the venue, oldest first: who, when, fields before and after, why")
	List<HistoryEntry> history(@PathVariable long id) {
		return filings.history(CurrentActor.require(), id);
	}

	@GetMapping("/{id}/change-requests")
	@PreAuthorize(READERS)
	List<ChangeRequest> changeRequests(@PathVariable long id) {
		return changes.ofVenue(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/change-requests")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Ask the police to change key fields of an approved venue")
	ChangeRequest requestChange(@PathVariable long id, @RequestBody VenueRequests.Change body) {
		VenueFiling proposal = body.venue() == null ? new VenueFiling(null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null) : body.venue();
		return changes.request(CurrentActor.require(), id, proposal, body.reason());
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
