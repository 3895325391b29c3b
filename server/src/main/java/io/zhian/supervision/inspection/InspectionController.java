package io.zhian.supervision.inspection;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.ZhianException;
import io.zhian.files.StoredFile;

@RestController
@RequestMapping("/api/v1/inspections")
@Tag(name = "inspections", description = "治安检查: on-site inspections, scores, grades and due dates")
class InspectionController {

	private final Inspections inspections;
	private final DueInspections due;
	private final GradingSettings grading;

	InspectionController(Inspections inspections, DueInspections due, GradingSettings grading) {
		this.inspections = inspections;
		this.due = due;
		this.grading = grading;
	}

	@PostMapping
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Submit an inspection of a venue within scope; answers it scored and graded")
	Inspection submit(@RequestBody InspectionForm form) {
		return inspections.submit(CurrentActor.require(), form);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SUPERVISION_READ') or hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "Inspections within scope (a venue: its own history), newest first")
	Paged<Inspection> list(@RequestParam(required = false) Long venueId, @RequestParam(required = false) String grade,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return inspections.list(CurrentActor.require(), venueId, grade, PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ') or hasAuthority('ENTERPRISE_PORTAL')")
	@Operation(summary = "One inspection within scope (audited)")
	Inspection read(@PathVariable long id) {
		return inspections.read(CurrentActor.require(), id);
	}

	@GetMapping("/due")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Active venues within scope with grade, last inspection and next due date, earliest first")
	Paged<VenueDue> due(@RequestParam(defaultValue = "DUE") DueInspections.Filter filter,
			@RequestParam(required = false) Long stationUnitId, @RequestParam(defaultValue = "30") int withinDays,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		if (withinDays < 0 || withinDays > 366) {
			throw new ZhianException(ErrorCode.INVALID_PARAMETER, "withinDays", withinDays, "0…366");
		}
		return due.list(CurrentActor.require(), filter, stationUnitId, withinDays, PageQuery.of(page, size));
	}

	@PostMapping(path = "/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('INSPECTION_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Upload a photo taken while inspecting a venue within scope (stored as the venue's file)")
	StoredFile photo(@RequestParam("file") MultipartFile file, @RequestParam long venueId) throws IOException {
		return inspections.storePhoto(CurrentActor.require(), venueId, file.getContentType(), file.getBytes());
	}

	@GetMapping("/grading")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Grade thresholds and the inspection interval of each grade")
	Grading grading() {
		return grading.current();
	}

	@PutMapping("/grading")
	@PreAuthorize("hasAuthority('INSPECTION_CONFIGURE')")
	@Operation(summary = "Change the grade thresholds and inspection intervals (applies to due dates at once)")
	Grading updateGrading(@RequestBody Grading body) {
		return grading.update(CurrentActor.require(), body);
	}
}
