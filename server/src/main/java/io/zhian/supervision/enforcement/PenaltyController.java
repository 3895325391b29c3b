package io.zhian.supervision.enforcement;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.export.XlsxExport;

@RestController
@RequestMapping("/api/v1/penalties")
@Tag(name = "penalties", description = "处罚: penalties against venues and persons, their statistics and export")
class PenaltyController {

	private final Penalties penalties;
	private final PenaltyStatistics statistics;
	private final PenaltySheet sheet;
	private final XlsxExport xlsx;

	PenaltyController(Penalties penalties, PenaltyStatistics statistics, PenaltySheet sheet, XlsxExport xlsx) {
		this.penalties = penalties;
		this.statistics = statistics;
		this.sheet = sheet;
		this.xlsx = xlsx;
	}

	/** The list filters, bound by name from the query string. */
	record Filters(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String penaltyType,
			PenaltySubject subjectKind, Long unitId, Long venueId, String person) {

		PenaltyQuery query() {
			return new PenaltyQuery(from, to, penaltyType, subjectKind, unitId, venueId, person);
		}
	}

	@PostMapping
	@PreAuthorize("hasAuthority('PENALTY_MANAGE')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Record a penalty against a venue or a person within the caller's reach")
	Penalty add(@RequestBody PenaltyForm form) {
		return penalties.add(CurrentActor.require(), form);
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('PENALTY_MANAGE')")
	@Operation(summary = "Change a penalty the caller's unit recorded")
	Penalty edit(@PathVariable long id, @RequestBody PenaltyForm form) {
		return penalties.edit(CurrentActor.require(), id, form);
	}

	@DeleteMapping("/{id}")
	@PreAuthorize("hasAuthority('PENALTY_MANAGE')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Delete a penalty the caller's unit recorded")
	void delete(@PathVariable long id) {
		penalties.delete(CurrentActor.require(), id);
	}

	@GetMapping
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "Penalties within the caller's data scope, latest decision first; numbers masked without full view")
	Paged<Penalty> list(Filters filters, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return penalties.list(CurrentActor.require(), filters.query(), PageQuery.of(page, size));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "One penalty (audited as a view of personal data)")
	Penalty get(@PathVariable long id) {
		return penalties.get(CurrentActor.require(), id);
	}

	@GetMapping("/export")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "The filtered list as an xlsx workbook (audited)")
	ResponseEntity<byte[]> export(Filters filters) {
		Actor actor = CurrentActor.require();
		Locale locale = LocaleContextHolder.getLocale();
		xlsx.checkCap(penalties.count(actor, filters.query()));
		String title = PenaltySheet.english(locale) ? "penalties" : "处罚信息";
		return xlsx.download(title, xlsx.workbook(title, sheet.headers(locale),
				sheet.rows(penalties.export(actor, filters.query()), locale)));
	}

	@GetMapping("/statistics")
	@PreAuthorize("hasAuthority('SUPERVISION_READ')")
	@Operation(summary = "处罚统计: counts and amounts by month, quarter or year and by type or district")
	PenaltyStatistics.Table statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "MONTH") PenaltyStatistics.Period period,
			@RequestParam(defaultValue = "TYPE") PenaltyStatistics.Grouping groupBy) {
		return statistics.of(CurrentActor.require(), from, to, period, groupBy, LocaleContextHolder.getLocale());
	}
}
