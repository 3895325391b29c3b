package io.zhian.suspicion;

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
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

@RestController
@RequestMapping("/api/v1/suspicions")
@Tag(name = "suspicions", description = "可疑情况上报: venues report, the police of their station acknowledge")
class SuspicionController {

	private final SuspicionReports reports;

	SuspicionController(SuspicionReports reports) {
		this.reports = reports;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('RECORD_SUBMIT')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Report a suspicious person, vehicle, item or situation of the caller's venue")
	SuspicionReport report(@RequestBody NewSuspicion report) {
		return reports.report(CurrentActor.require(), report);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('RECORD_READ')")
	@Operation(summary = "Reports within the caller's scope, newest first (open=true: not yet acknowledged)")
	Paged<SuspicionReport> list(@RequestParam(required = false) Boolean open,
			@RequestParam(required = false) String category, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return reports.list(CurrentActor.require(), open, category, PageQuery.of(page, size));
	}

	record Acknowledgement(String note) {
	}

	@PostMapping("/{id}/acknowledge")
	@PreAuthorize("hasAuthority('SUSPICION_HANDLE')")
	@Operation(summary = "签收: acknowledge a report of a venue within the caller's scope, with an optional note")
	SuspicionReport acknowledge(@PathVariable long id, @RequestBody(required = false) Acknowledgement body) {
		return reports.acknowledge(CurrentActor.require(), id, body == null ? null : body.note());
	}
}
