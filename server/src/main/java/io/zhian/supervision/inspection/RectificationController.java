package io.zhian.supervision.inspection;

import java.time.LocalDate;
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
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

@RestController
@RequestMapping("/api/v1/rectifications")
@Tag(name = "rectifications", description = "整改: notices from inspections, the venue's answers, acceptance")
class RectificationController {

	private final RectificationNotices notices;

	RectificationController(RectificationNotices notices) {
		this.notices = notices;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Issue a rectification notice from an inspection with problems")
	Rectification issue(@RequestBody NoticeForm form) {
		return notices.issue(CurrentActor.require(), form);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SUPERVISION_READ') or hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Notices within scope (a venue: its own); open ones first by deadline")
	Paged<Rectification> list(@RequestParam(required = false) Rectification.Status status,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Long venueId,
			@RequestParam(required = false) Long stationUnitId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return notices.list(CurrentActor.require(), status, overdue, venueId, stationUnitId, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ') or hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "One notice with the venue's answers (audited)")
	Rectification read(@PathVariable long id) {
		return notices.read(CurrentActor.require(), id);
	}

	record ReplyBody(String text, List<Long> photoIds) {
	}

	@PostMapping("/{id}/replies")
	@PreAuthorize("hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "整改结果: the venue answers its open notice with text and photos")
	Rectification reply(@PathVariable long id, @RequestBody ReplyBody body) {
		return notices.reply(CurrentActor.require(), id, body.text(), body.photoIds());
	}

	record Decision(String note, String reason, LocalDate deadline) {
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "Accept the venue's answer and close the notice")
	Rectification accept(@PathVariable long id, @RequestBody(required = false) Decision body) {
		return notices.accept(CurrentActor.require(), id, body == null ? null : body.note());
	}

	@PostMapping("/{id}/reject")
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@Operation(summary = "Send the notice back to the venue with a reason and optionally a new deadline")
	Rectification reject(@PathVariable long id, @RequestBody Decision body) {
		return notices.reject(CurrentActor.require(), id, body.reason(), body.deadline());
	}
}
