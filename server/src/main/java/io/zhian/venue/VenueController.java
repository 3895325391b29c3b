package io.zhian.venue;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

@RestController
@RequestMapping("/api/v1/venues")
@Tag(name = "venues", description = "Venues of the regulated trades")
class VenueController {

	private final Venues venues;

	VenueController(Venues venues) {
		this.venues = venues;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('VENUE_READ')")
	@Operation(summary = "Venues within the caller's data scope")
	Paged<Venue> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return venues.list(CurrentActor.require().dataScope(), q, PageQuery.of(page, size));
	}
}
