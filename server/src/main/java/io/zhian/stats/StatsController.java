package io.zhian.stats;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.common.CurrentActor;
import io.zhian.common.export.XlsxExport;

@RestController
@RequestMapping("/api/v1/stats")
@PreAuthorize("hasAuthority('STATS_READ')")
@Tag(name = "statistics", description = "Cross-tabs of records and parties, the hotel industry report, their xlsx exports")
class StatsController {

	private final RecordStatistics statistics;
	private final HotelReports reports;
	private final XlsxExport xlsx;

	StatsController(RecordStatistics statistics, HotelReports reports, XlsxExport xlsx) {
		this.statistics = statistics;
		this.reports = reports;
		this.xlsx = xlsx;
	}

	/** The cross-tab's parameters, bound by name from the query string. */
	record CrossTabParameters(String groupBy, String from, String to, String trade, String kind, Long venueId,
			Long unitId) {

		CrossTabQuery query() {
			return new CrossTabQuery(CrossTabQuery.groupBy(groupBy), TimeWindow.of(from, to), trade, kind, venueId,
					unitId);
		}
	}

	@GetMapping("/records")
	@Operation(summary = "Records and persons grouped by one to three dimensions within a window of at most 366 days")
	CrossTab records(CrossTabParameters parameters) {
		CrossTabQuery query = parameters.query();
		CrossTab table = statistics.crossTab(CurrentActor.require().dataScope(), query, LocaleContextHolder.getLocale());
		statistics.audit(AuditAction.SEARCH, query);
		return table;
	}

	@GetMapping("/records/export")
	@Operation(summary = "The cross-tab as an xlsx workbook, one row per group and a total row (audited)")
	ResponseEntity<byte[]> exportRecords(CrossTabParameters parameters) {
		Locale locale = LocaleContextHolder.getLocale();
		CrossTabQuery query = parameters.query();
		CrossTab table = statistics.crossTab(CurrentActor.require().dataScope(), query, locale);
		// Only the aggregate knows how many sheet rows there are (itself bounded by zhian.stats.max-groups).
		xlsx.checkCap(table.rows().size() + 1L);
		statistics.audit(AuditAction.EXPORT, query);
		String title = StatsSheets.english(locale) ? "statistics" : "分组统计";
		return xlsx.download(title + "-" + String.join("-", table.groupBy()), xlsx.workbook(title,
				StatsSheets.crossTabHeaders(table, locale), StatsSheets.crossTabRows(table, locale)));
	}

	@GetMapping("/hotel-report")
	@Operation(summary = "旅馆行业统计报表: hotels by status, guests by category, records and reporting rate per district")
	HotelReport hotelReport(@RequestParam(required = false) String month, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		TimeWindow window = TimeWindow.of(month, from, to);
		HotelReport report = reports.report(CurrentActor.require().dataScope(), window, LocaleContextHolder.getLocale());
		reports.audit(AuditAction.SEARCH, window);
		return report;
	}

	@GetMapping("/hotel-report/export")
	@Operation(summary = "The hotel industry report as an xlsx workbook (audited)")
	ResponseEntity<byte[]> exportHotelReport(@RequestParam(required = false) String month,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Locale locale = LocaleContextHolder.getLocale();
		TimeWindow window = TimeWindow.of(month, from, to);
		HotelReport report = reports.report(CurrentActor.require().dataScope(), window, locale);
		xlsx.checkCap(report.rows().size() + 1L);
		reports.audit(AuditAction.EXPORT, window);
		String title = StatsSheets.english(locale) ? "hotel-report" : "旅馆行业统计报表";
		return xlsx.download(title + "-" + report.firstDay() + "-" + report.lastDay(),
				xlsx.workbook(title, StatsSheets.hotelReportHeaders(locale), StatsSheets.hotelReportRows(report)));
	}
}
