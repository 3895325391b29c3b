package io.zhian.supervision.panic;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;

@RestController
@RequestMapping("/api/v1/panic")
@Tag(name = "panic", description = "按键报警: a venue's panic button raises an URGENT alarm at its police station")
class PanicController {

	private final PanicButton button;

	PanicController(PanicButton button) {
		this.button = button;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Press the panic button of the caller's venue: 201 with the new alarm, 200 when a retry "
			+ "with the same reference finds the earlier press")
	ResponseEntity<PanicPress> press(@RequestBody(required = false) PanicRequest request) {
		PanicButton.Outcome outcome = button.press(CurrentActor.require(),
				request == null ? new PanicRequest(null, null, null, null) : request);
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK).body(outcome.press());
	}

	@GetMapping
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "The caller's venue's last 20 presses, newest first")
	List<PanicPress> recent() {
		return button.recent(CurrentActor.require(), 20);
	}
}
