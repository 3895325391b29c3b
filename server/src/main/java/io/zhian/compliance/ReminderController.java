package io.zhian.compliance;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;

/** Reminders: police send them within their scope; a venue's users read and acknowledge them in the portal. */
@RestController
@RequestMapping("/api/v1/compliance/reminders")
@Tag(name = "compliance", description = "Upload compliance of venues (建设运行管理)")
class ReminderController {

	private final Reminders reminders;

	ReminderController(Reminders reminders) {
		this.reminders = reminders;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAuthority('COMPLIANCE_READ')")
	@Operation(summary = "Send a venue within the caller's scope a reminder, shown in its portal")
	Reminders.Reminder send(@RequestBody Reminders.NewReminder reminder) {
		return reminders.send(CurrentActor.require(), reminder);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('COMPLIANCE_READ')")
	@Operation(summary = "A venue's reminders, newest first, with when they were read")
	List<Reminders.Reminder> ofVenue(@RequestParam long venueId) {
		return reminders.ofVenue(CurrentActor.require(), venueId);
	}

	@GetMapping("/mine")
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "The own venue's reminders, unread first")
	List<Reminders.Reminder> mine() {
		return reminders.mine(CurrentActor.require());
	}

	@PostMapping("/{id}/ack")
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Acknowledge a reminder of the own venue (again: no change)")
	Reminders.Reminder acknowledge(@PathVariable long id) {
		return reminders.acknowledge(CurrentActor.require(), id);
	}
}
