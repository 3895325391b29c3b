package io.zhian.alarm;

import java.time.YearMonth;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.export.XlsxExport;

/** The monthly alarm report (接处警情况月报表) and its xlsx export. */
@RestController
@RequestMapping("/api/v1/alarms/reports")
@Tag(name = "alarms")
class AlarmReportController {

	private static final String REPORTERS = "hasAuthority('ALARM_REPORT')";

	private final AlarmReports reports;
	private final XlsxExport xlsx;
	private final AuditTrail audit;

	AlarmReportController(AlarmReports reports, XlsxExport xlsx, AuditTrail audit) {
		this.reports = reports;
		this.xlsx = xlsx;
		this.audit = audit;
	}

	@GetMapping("/monthly")
	@PreAuthorize(REPORTERS)
	@Operation(summary = "Alarms per month and unit with times to sign and close, per month by category, outcomes "
			+ "(from/to as yyyy-MM, at most 24 months)")
	AlarmReports.Report monthly(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to, @RequestParam(required = false) Long unitId) {
		return reports.monthly(CurrentActor.require(), from, to, unitId);
	}

	@GetMapping("/monthly/export")
	@PreAuthorize(REPORTERS)
	@Operation(summary = "The per-month, per-unit lines of the report as xlsx")
	ResponseEntity<byte[]> export(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
			@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth to, @RequestParam(required = false) Long unitId) {
		AlarmReports.Report report = reports.monthly(CurrentActor.require(), from, to, unitId);
		xlsx.checkCap(report.rows().size());
		audit.record(AuditRecord.success(AuditAction.EXPORT, "AlarmReport", null,
				AuditRecord.criteria("from", from, "to", to, "unitId", unitId) + ", rows=" + report.rows().size()));
		return xlsx.download("alarms-" + from + "-" + to, xlsx.workbook("alarms",
				AlarmReportSheet.headers(LocaleContextHolder.getLocale()), AlarmReportSheet.rows(report.rows())));
	}
}
