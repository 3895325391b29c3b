package io.zhian.alarm;

import java.time.Instant;
import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An alarm as lists and the detail page show it. The document number is masked for readers without the
 * full-view permission (see {@link AlarmQueries}). The unit paths are only for deciding who may see it.
 *
 * @param unit where the alarm is routed now: the venue's station, or the unit it was reassigned to
 * @param escalated whether it went unsigned for longer than {@code zhian.alarm.sign-within} (highlighted)
 */
record AlarmView(long id, AlarmKind kind, AlarmLevel level, AlarmStatus status, Review review, Ref venue,
		Long recordId, OffsetDateTime recordOccurredAt, String subjectType, String documentType,
		String documentNumber, String name, String subjectValue, Long watchEntryId, String category,
		Ref owningUnit, Ref unit, Ref officer, boolean retrospective, String summary, Instant raisedAt,
		Instant publishedAt, Instant signedAt, Instant handledAt, Instant feedbackAt, Instant closedAt,
		boolean escalated, Instant escalatedAt, Ref escalatedUnit, String handlingAction, String outcome,
		String outcomeNote, @JsonIgnore String unitPath, @JsonIgnore String owningUnitPath,
		@JsonIgnore String escalatedUnitPath) {

	/** A venue, unit or officer the alarm names: its id and name. */
	record Ref(long id, String name) {
	}

	AlarmView withDocumentNumber(String number) {
		return new AlarmView(id, kind, level, status, review, venue, recordId, recordOccurredAt, subjectType,
				documentType, number, name, subjectValue, watchEntryId, category, owningUnit, unit, officer,
				retrospective, summary, raisedAt, publishedAt, signedAt, handledAt, feedbackAt, closedAt, escalated,
				escalatedAt, escalatedUnit, handlingAction, outcome, outcomeNote, unitPath, owningUnitPath,
				escalatedUnitPath);
	}
}
