package io.zhian.alarm;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;

/**
 * Raises alarms for the other modules: stores the alarm routed to the venue's station and responsible officer,
 * logs and audits it as the system's act, texts the duty officer and announces it for live pushes. All of it
 * joins the caller's transaction, so the alarm, its SMS and its announcement exist exactly when the caller's
 * work commits. A repeated dedupe key changes nothing and answers empty.
 */
@Service
class AlarmRaising implements AlarmRaiser {

	static final String SYSTEM = "system";

	private final JdbcClient jdbc;
	private final AlarmRouting routing;
	private final PublishSwitch publishSwitch;
	private final ActionLog log;
	private final AlarmTexts texts;
	private final AlarmChanges changes;
	private final AuditTrail audit;
	private final Clock clock;

	AlarmRaising(JdbcClient jdbc, AlarmRouting routing, PublishSwitch publishSwitch, ActionLog log, AlarmTexts texts,
			AlarmChanges changes, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.routing = routing;
		this.publishSwitch = publishSwitch;
		this.log = log;
		this.texts = texts;
		this.changes = changes;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public Optional<Long> raise(AlarmRequest request) {
		Objects.requireNonNull(request.kind(), "kind");
		Objects.requireNonNull(request.level(), "level");
		Objects.requireNonNull(request.dedupeKey(), "dedupeKey");
		AlarmRouting.Route route = routing.route(request);
		Review review = publishSwitch.needsReview(request.kind(), request.category()) ? Review.PENDING
				: Review.PUBLISHED;
		Instant now = clock.instant();
		String summary = clip(request.summary() == null ? request.kind().name() : request.summary(), 300);
		Optional<Long> id = jdbc.sql("""
				insert into alarm (dedupe_key, kind, level, status, review, venue_id, record_id, record_occurred_at,
				                   subject_type, document_type, document_number, name, subject_value, watch_entry_id,
				                   category, owning_unit_id, unit_id, officer_id, retrospective, summary, raised_at,
				                   published_at)
				values (?, ?, ?, 'RAISED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (dedupe_key) do nothing returning id""")
			.params(clip(request.dedupeKey(), 200), request.kind().name(), request.level().name(), review.name(),
					request.venueId(), request.recordId(), request.recordOccurredAt(), request.subjectType(),
					request.documentType(),
					request.documentNumber() == null ? null : clip(request.documentNumber().strip().toUpperCase(), 40),
					clip(request.name(), 100), clip(request.subjectValue(), 100), request.watchEntryId(),
					clip(request.category(), 32), request.owningUnitId(), route.unitId(), route.officerId(),
					request.retrospective(), summary, Timestamp.from(now),
					review == Review.PUBLISHED ? Timestamp.from(now) : null)
			.query(Long.class)
			.optional();
		id.ifPresent(alarmId -> {
			log.append(alarmId, new ActionLog.Entry("RAISE", null, AlarmStatus.RAISED, null, SYSTEM, now,
					review == Review.PENDING ? "held for review" : null));
			audit.recordAs(SYSTEM, null, null, AuditRecord.success(AuditAction.CREATE, "Alarm", alarmId,
					request.kind() + " " + request.dedupeKey()));
			if (review == Review.PUBLISHED) {
				texts.tell(route.unitId(), alarmId, request.level(), summary, "新报警");
			}
			changes.announce(alarmId);
		});
		return id;
	}

	private static String clip(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
