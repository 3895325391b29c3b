package io.zhian.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.CurrentActor;
import io.zhian.common.ErrorCode;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;
import io.zhian.common.ScopeKind;
import io.zhian.common.ZhianException;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "audit", description = "Tamper-evident audit trail")
class AuditController {

	private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final AuditQueries queries;
	private final AuditTrail trail;

	AuditController(AuditQueries queries, AuditTrail trail) {
		this.queries = queries;
		this.trail = trail;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "Query the audit trail, newest first")
	Paged<AuditEvent> find(@RequestParam(required = false) String actor,
			@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
			@RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		requireCityScope();
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, from, to);
		PageQuery paging = PageQuery.of(page, size);
		trail.record(AuditRecord.success(AuditAction.SEARCH, "AuditEvent", null, filter.describe()));
		return queries.find(filter, paging);
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@PreAuthorize("hasAuthority('AUDIT_READ')")
	@Operation(summary = "Export the matching rows as CSV (UTF-8 with BOM, opens in Excel)")
	void export(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			HttpServletResponse response) throws IOException {
		requireCityScope();
		AuditFilter filter = new AuditFilter(actor, entityType, entityId, action, from, to);
		trail.record(AuditRecord.success(AuditAction.EXPORT, "AuditEvent", null, filter.describe()));
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVPrinter csv = CSVFormat.DEFAULT.builder()
			.setHeader("id", "time", "actor", "unit", "source_ip", "action", "entity_type", "entity_id", "outcome",
					"detail")
			.get()
			.print(writer);
		queries.export(filter, event -> {
			try {
				csv.printRecord(event.id(), SHANGHAI.format(event.occurredAt()), event.actor(), event.unitCode(),
						event.sourceIp(), event.action(), event.entityType(), event.entityId(), event.outcome(),
						event.detail());
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		csv.flush();
	}

	@GetMapping("/verify")
	@PreAuthorize("hasAuthority('AUDIT_VERIFY')")
	@Operation(summary = "Re-walk the hash chain and report the first broken row")
	AuditQueries.ChainVerification verify() {
		AuditQueries.ChainVerification result = queries.verify();
		trail.record(new AuditRecord(AuditAction.VERIFY, "AuditEvent", null,
				result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
				"checked=" + result.checked() + (result.intact() ? "" : ", firstBrokenId=" + result.firstBrokenId())));
		return result;
	}

	/** The trail spans every unit, so only city-wide users may read it. */
	private static void requireCityScope() {
		if (CurrentActor.require().scope() != ScopeKind.CITY) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
	}
}
