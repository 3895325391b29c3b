package io.zhian.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.export.XlsxExport;
import io.zhian.compliance.ComplianceViews.DaySummary;
import io.zhian.compliance.ComplianceViews.DayTrend;
import io.zhian.compliance.ComplianceViews.Evaluation;
import io.zhian.compliance.ComplianceViews.VenueDay;
import io.zhian.compliance.ComplianceViews.VenuePeriod;

/**
 * Upload compliance for the police console: the evaluated venues of a day, each venue's totals over a period,
 * the trend over a period, a day's summary, each list as xlsx; venue minimums; re-running a day's evaluation. Every answer is cut to the
 * caller's data scope; lists and exports are audited with their criteria. Permission names are the literals
 * declared in {@code io.zhian.org.Permissions}, written as the other modules' controllers write them.
 */
@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "compliance", description = "Upload compliance of venues (建设运行管理)")
class ComplianceController {

	private static final String READERS = "hasAuthority('COMPLIANCE_READ')";

	private final ComplianceQueries queries;
	private final ComplianceEvaluator evaluator;
	private final Minimums minimums;
	private final XlsxExport xlsx;
	private final AuditTrail audit;
	private final ComplianceProperties properties;
	private final Clock clock;

	ComplianceController(ComplianceQueries queries, ComplianceEvaluator evaluator, Minimums minimums, XlsxExport xlsx,
			AuditTrail audit, ComplianceProperties properties, Clock clock) {
		this.queries = queries;
		this.evaluator = evaluator;
		this.minimums = minimums;
		this.xlsx = xlsx;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/venues")
	@PreAuthorize(READERS)
	@Operation(summary = "The venues evaluated on a day (default yesterday), worst first, filtered by problem, "
			+ "unit and trade")
	Paged<VenueDay> venues(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Problem problem, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String trade, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		LocalDate on = dayOrYesterday(day);
		Paged<VenueDay> found = queries.venues(CurrentActor.require().dataScope(), on,
				new ComplianceFilter(problem, unitId, trade), paging);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "ComplianceDay", null,
				criteria(on, problem, unitId, trade) + ", page=" + paging.page()));
		return found;
	}

	@GetMapping("/venues/export")
	@PreAuthorize(READERS)
	@Operation(summary = "The same list as xlsx, every page, up to zhian.export.max-rows (else ZA-0015)")
	ResponseEntity<byte[]> exportVenues(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Problem problem, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String trade) {
		LocalDate on = dayOrYesterday(day);
		ComplianceFilter filter = new ComplianceFilter(problem, unitId, trade);
		Actor actor = CurrentActor.require();
		xlsx.checkCap(queries.venues(actor.dataScope(), on, filter, PageQuery.of(0, 1)).total());
		List<VenueDay> rows = queries.allVenues(actor.dataScope(), on, filter);
		audit.record(AuditRecord.success(AuditAction.EXPORT, "ComplianceDay", null,
				criteria(on, problem, unitId, trade) + ", rows=" + rows.size()));
		byte[] workbook = xlsx.workbook("compliance", ComplianceSheets.venueHeaders(LocaleContextHolder.getLocale()),
				ComplianceSheets.venueRows(rows, properties.zone()));
		return xlsx.download("compliance-" + on, workbook);
	}

	@GetMapping("/trend")
	@PreAuthorize(READERS)
	@Operation(summary = "Per evaluated day of the period (at most 366 days): venues, no upload, below minimum, "
			+ "delayed")
	List<DayTrend> trend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String trade) {
		List<DayTrend> trend = queries.trend(CurrentActor.require().dataScope(), from, to,
				new ComplianceFilter(null, unitId, trade));
		audit.record(AuditRecord.success(AuditAction.SEARCH, "ComplianceTrend", null,
				AuditRecord.criteria("from", from, "to", to, "unitId", unitId, "trade", trade)));
		return trend;
	}

	@GetMapping("/trend/export")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> exportTrend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String trade) {
		List<DayTrend> trend = queries.trend(CurrentActor.require().dataScope(), from, to,
				new ComplianceFilter(null, unitId, trade));
		xlsx.checkCap(trend.size());
		audit.record(AuditRecord.success(AuditAction.EXPORT, "ComplianceTrend", null,
				AuditRecord.criteria("from", from, "to", to, "unitId", unitId, "trade", trade)));
		return xlsx.download("compliance-trend-" + from + "-" + to, xlsx.workbook("trend",
				ComplianceSheets.trendHeaders(LocaleContextHolder.getLocale()), ComplianceSheets.trendRows(trend)));
	}

	@GetMapping("/period")
	@PreAuthorize(READERS)
	@Operation(summary = "Per venue over a period (at most 366 days): evaluated days, days without upload (累计未上传"
			+ "天数), below minimum, delayed, the longest silence; a problem keeps the venues that had it on some day")
	Paged<VenuePeriod> period(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Problem problem, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String trade, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		Paged<VenuePeriod> found = queries.period(CurrentActor.require().dataScope(), from, to,
				new ComplianceFilter(problem, unitId, trade), paging);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "CompliancePeriod", null,
				periodCriteria(from, to, problem, unitId, trade) + ", page=" + paging.page()));
		return found;
	}

	@GetMapping("/period/export")
	@PreAuthorize(READERS)
	ResponseEntity<byte[]> exportPeriod(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Problem problem, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) String trade) {
		ComplianceFilter filter = new ComplianceFilter(problem, unitId, trade);
		Actor actor = CurrentActor.require();
		xlsx.checkCap(queries.period(actor.dataScope(), from, to, filter, PageQuery.of(0, 1)).total());
		List<VenuePeriod> rows = queries.allPeriod(actor.dataScope(), from, to, filter);
		audit.record(AuditRecord.success(AuditAction.EXPORT, "CompliancePeriod", null,
				periodCriteria(from, to, problem, unitId, trade) + ", rows=" + rows.size()));
		byte[] workbook = xlsx.workbook("period", ComplianceSheets.periodHeaders(LocaleContextHolder.getLocale()),
				ComplianceSheets.periodRows(rows, properties.zone()));
		return xlsx.download("compliance-" + from + "-" + to, workbook);
	}

	@GetMapping("/summary")
	@PreAuthorize(READERS)
	@Operation(summary = "One day's counts for a pie chart: normal, below minimum, no upload (and delayed)")
	DaySummary summary(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			@RequestParam(required = false) Long unitId, @RequestParam(required = false) String trade) {
		return queries.summary(CurrentActor.require().dataScope(), dayOrYesterday(day),
				new ComplianceFilter(null, unitId, trade));
	}

	@PostMapping("/evaluations")
	@PreAuthorize("hasAuthority('COMPLIANCE_EVALUATE')")
	@Operation(summary = "Evaluate a day (today or earlier) again, replacing its stored rows")
	Evaluation evaluate(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
		return new Evaluation(day, evaluator.evaluate(day, CurrentActor.require().username()));
	}

	@GetMapping("/venues/{venueId}/minimum")
	@PreAuthorize(READERS)
	Minimums.Setting minimum(@PathVariable long venueId) {
		return minimums.of(CurrentActor.require(), venueId);
	}

	@PutMapping("/venues/{venueId}/minimum")
	@PreAuthorize("hasAuthority('VENUE_REVIEW')")
	@Operation(summary = "Set the venue's minimum daily record count, or null to return to its trade default")
	Minimums.Setting setMinimum(@PathVariable long venueId, @RequestBody Minimums.Change change) {
		return minimums.set(CurrentActor.require(), venueId, change.minimum());
	}

	private LocalDate dayOrYesterday(LocalDate day) {
		return day != null ? day : LocalDate.now(clock.withZone(properties.zone())).minusDays(1);
	}

	private static String periodCriteria(LocalDate from, LocalDate to, Problem problem, Long unitId, String trade) {
		return AuditRecord.criteria("from", from, "to", to, "problem", problem, "unitId", unitId, "trade", trade);
	}

	private static String criteria(LocalDate day, Problem problem, Long unitId, String trade) {
		return AuditRecord.criteria("day", day, "problem", problem, "unitId", unitId, "trade", trade);
	}
}
