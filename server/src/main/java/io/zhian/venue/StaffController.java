package io.zhian.venue;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/** Staff (从业人员): the venue registers them; the venue and the police query them. */
@RestController
@Tag(name = "staff", description = "Staff of the venues")
class StaffController {

	private final StaffRegistry staff;

	StaffController(StaffRegistry staff) {
		this.staff = staff;
	}

	@GetMapping("/api/v1/venues/{venueId}/staff")
	@PreAuthorize("hasAnyAuthority('STAFF_READ', 'ENTERPRISE_PORTAL')")
	@Operation(summary = "The venue's staff: current=true current, false former, absent all")
	Paged<StaffMember> ofVenue(@PathVariable long venueId, @RequestParam(required = false) Boolean current,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return staff.ofVenue(CurrentActor.require(), venueId, current, PageQuery.of(page, size));
	}

	@GetMapping("/api/v1/venues/{venueId}/staff/{id}")
	@PreAuthorize("hasAnyAuthority('STAFF_READ', 'ENTERPRISE_PORTAL')")
	StaffMember get(@PathVariable long venueId, @PathVariable long id) {
		return staff.read(CurrentActor.require(), venueId, id);
	}

	@PostMapping("/api/v1/venues/{venueId}/staff")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Register a staff member of an approved venue")
	StaffMember register(@PathVariable long venueId, @RequestBody StaffForm form) {
		return staff.register(CurrentActor.require(), venueId, form);
	}

	@PutMapping("/api/v1/venues/{venueId}/staff/{id}")
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Change a staff member's open fields (e.g. set the leave date); key fields are locked")
	StaffMember update(@PathVariable long venueId, @PathVariable long id, @RequestBody StaffForm form) {
		return staff.update(CurrentActor.require(), venueId, id, form);
	}

	@GetMapping("/api/v1/staff")
	@PreAuthorize("hasAuthority('STAFF_READ')")
	@Operation(summary = "Police search over the staff of the venues within scope")
	Paged<StaffMember> search(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String name,
			@RequestParam(required = false) String documentNumber, @RequestParam(required = false) String venue,
			@RequestParam(required = false) Boolean current, @RequestParam(required = false) Boolean minor,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return staff.search(CurrentActor.require(),
				new StaffQuery(unitId, name, documentNumber, venue, current, minor), PageQuery.of(page, size));
	}
}
