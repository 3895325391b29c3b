package io.zhian.alarm;

import java.util.List;

import org.springframework.stereotype.Component;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ZhianException;
import io.zhian.record.RecordView;
import io.zhian.record.Records;

/**
 * One alarm with its action log, the record that raised it and its venue's address and contacts. The officer
 * who must act sees the document number and the contacts in full (so do full-view readers); the view is
 * audited. The record is read through the record module's own API, which applies its scope and masking and
 * audits that read; an alarm seen through the watch entry's owning unit may concern a venue outside the
 * reader's scope, and then comes without its record.
 * Deliberately not one transaction: a refused record read must not roll back the rest.
 */
@Component
class AlarmDetails {

	/** The detail page's content; {@code contacts} only for readers who see personal data in full. */
	record Detail(AlarmView alarm, List<ActionLog.Entry> actions, RecordView record,
			VenueContacts.Contacts contacts) {
	}

	private final AlarmQueries queries;
	private final ActionLog log;
	private final Records records;
	private final AuditTrail audit;
	private final VenueContacts contacts;

	AlarmDetails(AlarmQueries queries, ActionLog log, Records records, AuditTrail audit, VenueContacts contacts) {
		this.queries = queries;
		this.log = log;
		this.records = records;
		this.audit = audit;
		this.contacts = contacts;
	}

	Detail of(Actor actor, long id) {
		AlarmView alarm = queries.visible(actor, id);
		boolean full = actor.can(AlarmQueries.FULL_VIEW) || actor.can(AlarmLifecycle.HANDLER);
		audit.record(AuditRecord.success(AuditAction.READ, "Alarm", id, full ? "full view" : "masked view"));
		return new Detail(full ? alarm : AlarmQueries.masked(alarm), log.of(id), record(actor, alarm),
				full && alarm.venue() != null ? contacts.of(alarm.venue().id()).orElse(null) : null);
	}

	private RecordView record(Actor actor, AlarmView alarm) {
		if (alarm.recordId() == null || !actor.can("RECORD_READ")) {
			return null;
		}
		try {
			return records.get(actor, alarm.recordId());
		}
		catch (ZhianException outsideScope) {
			return null;
		}
	}
}
