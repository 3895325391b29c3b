package io.zhian.alarm;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.PageQuery;
import io.zhian.common.Paged;

/**
 * Alarms for the police console: the list within the caller's scope, one alarm with its action log and record,
 * and the lifecycle steps. Permission names are the literals declared in {@code io.zhian.org.Permissions}.
 */
@RestController
@RequestMapping("/api/v1/alarms")
@Tag(name = "alarms", description = "Alarms: raise, route, sign, handle, feedback, close (报警处理)")
class AlarmController {

	private static final String READERS = "hasAuthority('ALARM_READ')";
	private static final String HANDLERS = "hasAuthority('ALARM_HANDLE')";
	private static final String REVIEWERS = "hasAuthority('ALARM_REVIEW')";

	/** {@code POST …/handle}. */
	record Handling(String action) {
	}

	/** {@code POST …/feedback}. */
	record Feedback(String outcome, String note) {
	}

	/** {@code POST …/suppress}. */
	record Reason(String reason) {
	}

	/** A feedback outcome from the code table, named in both languages. */
	record Outcome(String code, String nameZh, String nameEn) {
	}

	private final AlarmQueries queries;
	private final AlarmDetails details;
	private final AlarmLifecycle lifecycle;
	private final AuditTrail audit;
	private final JdbcClient jdbc;
	private final AlarmStream stream;

	AlarmController(AlarmQueries queries, AlarmDetails details, AlarmLifecycle lifecycle, AuditTrail audit,
			JdbcClient jdbc, AlarmStream stream) {
		this.stream = stream;
		this.queries = queries;
		this.details = details;
		this.lifecycle = lifecycle;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@GetMapping
	@PreAuthorize(READERS)
	@Operation(summary = "Alarms within the caller's scope, open ones first, then by level and newest; document "
			+ "numbers masked without the full-view permission")
	Paged<AlarmView> list(@RequestParam(required = false) String documentNumber,
			@RequestParam(required = false) AlarmKind kind, @RequestParam(required = false) AlarmStatus status,
			@RequestParam(required = false) AlarmLevel level, @RequestParam(required = false) Review review,
			@RequestParam(required = false) String category, @RequestParam(required = false) Boolean escalated,
			@RequestParam(required = false) Long unitId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		PageQuery paging = PageQuery.of(page, size);
		AlarmQuery query = new AlarmQuery(documentNumber, kind, status, level, review, category, escalated, unitId,
				from, to);
		Paged<AlarmView> found = queries.list(CurrentActor.require(), query, paging);
		audit.record(AuditRecord.success(AuditAction.SEARCH, "Alarm", null,
				AuditRecord.criteria("documentNumber", documentNumber, "kind", kind, "status", status, "level", level,
						"review", review, "category", category, "escalated", escalated, "unitId", unitId, "from", from,
						"to", to) + ", page=" + paging.page()));
		return found;
	}

	@GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	@PreAuthorize(READERS)
	@Operation(summary = "Live alarms as Server-Sent Events: `ready` once, then `alarm` (the list row) whenever an "
			+ "alarm the caller may see is raised or changes; read it with fetch and the Authorization header")
	SseEmitter stream() {
		return stream.subscribe(CurrentActor.require());
	}

	@GetMapping("/outcomes")
	@PreAuthorize(READERS)
	@Operation(summary = "The feedback outcome code table (ARRESTED, VERIFIED_HARMLESS, NOT_FOUND…)")
	List<Outcome> outcomes() {
		return jdbc.sql("select code, name_zh, name_en from alarm_outcome order by sort_order")
			.query((rs, row) -> new Outcome(rs.getString("code"), rs.getString("name_zh"), rs.getString("name_en")))
			.list();
	}

	@GetMapping("/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "One alarm with its action log and, when the caller may read it, its record")
	AlarmDetails.Detail get(@PathVariable long id) {
		return details.of(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/sign")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Sign for (签收) a raised alarm; the signer becomes its officer")
	AlarmView sign(@PathVariable long id) {
		return lifecycle.sign(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/handle")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Record the action taken (处置) on a signed alarm")
	AlarmView handle(@PathVariable long id, @RequestBody Handling body) {
		return lifecycle.handle(CurrentActor.require(), id, body.action());
	}

	@PostMapping("/{id}/feedback")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Give feedback (反馈) on a handled alarm: an outcome code and a note")
	AlarmView feedback(@PathVariable long id, @RequestBody Feedback body) {
		return lifecycle.feedback(CurrentActor.require(), id, body.outcome(), body.note());
	}

	@PostMapping("/{id}/close")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Close an alarm after feedback")
	AlarmView close(@PathVariable long id) {
		return lifecycle.close(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/reassign")
	@PreAuthorize(HANDLERS)
	@Operation(summary = "Reassign (改派) an alarm not yet handled to another unit and optionally one of its "
			+ "officers; it must be signed for again")
	AlarmView reassign(@PathVariable long id, @RequestBody AlarmLifecycle.Reassignment body) {
		return lifecycle.reassign(CurrentActor.require(), id, body);
	}

	@PostMapping("/{id}/release")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "Publish an alarm the publish switch holds for review (发布)")
	AlarmView release(@PathVariable long id) {
		return lifecycle.release(CurrentActor.require(), id);
	}

	@PostMapping("/{id}/suppress")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "Suppress (屏蔽) an alarm the publish switch holds for review")
	AlarmView suppress(@PathVariable long id, @RequestBody(required = false) Reason body) {
		return lifecycle.suppress(CurrentActor.require(), id, body == null ? null : body.reason());
	}
}
