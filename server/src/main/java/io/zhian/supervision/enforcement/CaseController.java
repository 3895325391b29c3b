package io.zhian.supervision.enforcement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "cases", description = "发案: cases at venues, the registering unit's rights and the upward upload flag")
class CaseController {

	private final Cases cases;
	private final CaseUploads uploads;

	CaseController(Cases cases, CaseUploads uploads) {
		this.cases = cases;
		this.uploads = uploads;
	}

	/** The list filters, bound by name from the query string. */
	record Filters(Long unitId, Long venueId, String venue, String caseType,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Boolean uploaded) {

		CaseQuery query() {
			return new CaseQuery(unitId, venueId, venue, caseType, from, to, uploaded);
		}
	}

	@PostMapping
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Register a case at a venue: station for its own venues, district for its district, city anywhere")
	CaseReport add(@RequestBody CaseForm form) {
		return cases.add(CurrentActor.require(), form);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	@Operation(summary = "Change a case the caller's unit registered; it is marked for upload again")
	CaseReport edit(@PathVariable long id, @RequestBody CaseForm form) {
		return cases.edit(CurrentActor.require(), id, form);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a case the caller's unit registered; the deletion is marked for upload")
	void delete(@PathVariable long id) {
		cases.delete(CurrentActor.require(), id);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Cases within the caller's data scope, latest incident first")
	Paged<CaseReport> list(Filters filters, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return cases.list(CurrentActor.require(), filters.query(), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "One case within the caller's data scope")
	CaseReport get(@PathVariable long id) {
		return cases.get(CurrentActor.require(), id);
	}

	@GetMapping("/uploads/pending")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "上传标志: cases within scope whose current revision has not gone up, deletions included")
	List<CaseReport> pendingUploads(@RequestParam(defaultValue = "100") int limit) {
		return uploads.pending(CurrentActor.require(), limit);
	}

	record Acknowledgement(List<CaseUploads.Uploaded> cases) {
	}

	record Acknowledged(int marked) {
	}

	@PostMapping("/uploads/acknowledge")
	@PreAuthorize("hasAuthority('CASE_MANAGE')")
	@Operation(summary = "Mark carried case revisions as uploaded (city scope; the upward exchange calls this)")
	Acknowledged acknowledgeUploads(@RequestBody Acknowledgement body) {
		return new Acknowledged(uploads.acknowledge(CurrentActor.require(), body == null ? null : body.cases()));
	}
}
