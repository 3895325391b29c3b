package io.zhian.venue;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.UserKind;
import io.zhian.common.ZhianException;
import io.zhian.venue.VenueHistory.Event;

/**
 * Filing (备案) and the life of a venue: an enterprise files, the station approves or rejects, the enterprise
 * corrects a rejected filing and files again; after approval the enterprise edits only open fields, police
 * edit everything, and police suspend, reopen and cancel. Every step is kept in the venue's history and in the
 * audit trail, in the same transaction as the change.
 */
@Service
public class VenueFilings {

	private final VenueStore store;
	private final VenueValidator validator;
	private final VenueCodes codes;
	private final VenueHistory history;
	private final Jurisdiction jurisdiction;
	private final AuditTrail audit;

	VenueFilings(VenueStore store, VenueValidator validator, VenueCodes codes, VenueHistory history,
			Jurisdiction jurisdiction, AuditTrail audit) {
		this.store = store;
		this.validator = validator;
		this.codes = codes;
		this.history = history;
		this.jurisdiction = jurisdiction;
		this.audit = audit;
	}

	/**
	 * A new filing by an applicant (enterprise self-registration): PENDING, no code yet, no responsible officer.
	 * {@code applicant} names the one filing in the history, as no one is signed in yet.
	 */
	@Transactional
	public long file(VenueFiling filing, String applicant) {
		VenueFiling checked = validator.check(filing.withoutOfficer());
		long id = store.insert(checked, VenueStatus.PENDING, null);
		history.record(id, Event.FILED, VenueField.diff(null, checked), null, applicant);
		audit.record(AuditRecord.success(AuditAction.CREATE, "Venue", id, "filed " + checked.name()));
		return id;
	}

	/** Police enter a venue themselves: active at once, with its code. */
	@Transactional
	public VenueDetail enter(Actor actor, VenueFiling filing) {
		VenueFiling checked = validator.check(filing);
		Jurisdiction.Station station = jurisdiction.station(checked.stationUnitId()).orElseThrow();
		if (!actor.dataScope().coversUnit(station.id(), station.path())) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
		String code = codes.allocate(checked.trades().get(0), station.regionCode());
		long id = store.insert(checked, VenueStatus.ACTIVE, code);
		history.record(id, Event.ENTERED, VenueField.diff(null, checked), null);
		audit.record(AuditRecord.success(AuditAction.CREATE, "Venue", id, "entered " + code + " " + checked.name()));
		return store.find(id).orElseThrow();
	}

	/**
	 * Changes a venue's fields. Police change any field of a venue that is not cancelled. The enterprise
	 * corrects its whole filing while it is pending or rejected (a rejected filing goes back to review); once
	 * approved it changes open fields only, and key fields answer ZA-5004.
	 */
	@Transactional
	public VenueDetail edit(Actor actor, long id, VenueFiling filing) {
		VenueDetail before = visible(actor, id, true);
		VenueStatus status = VenueStatus.valueOf(before.status());
		if (status == VenueStatus.CANCELLED) {
			throw new ZhianException(ErrorCode.VENUE_STATUS_CONFLICT, status);
		}
		boolean enterprise = actor.kind() == UserKind.ENTERPRISE;
		VenueFiling wanted = enterprise ? filing.withPoliceFieldsOf(before.filing()) : filing;
		if (enterprise && status.approved()) {
			List<String> keys = VenueField.diff(before.filing(), wanted).stream().map(FieldChange::field)
				.filter(VenueField::isKey).toList();
			if (!keys.isEmpty()) {
				throw new ZhianException(ErrorCode.KEY_FIELDS_NEED_REVIEW, String.join(", ", keys));
			}
		}
		VenueFiling checked = validator.check(wanted);
		if (!enterprise && !checked.stationUnitId().equals(before.filing().stationUnitId())) {
			// Police may hand a venue to another station, but only to one within their own reach.
			Jurisdiction.Station station = jurisdiction.station(checked.stationUnitId()).orElseThrow();
			if (!actor.dataScope().coversUnit(station.id(), station.path())) {
				throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
			}
		}
		List<FieldChange> changes = VenueField.diff(before.filing(), checked);
		store.update(id, checked);
		Event event = Event.EDITED;
		if (enterprise && status == VenueStatus.REJECTED) {
			store.refile(id);
			event = Event.RESUBMITTED;
		}
		history.record(id, event, changes, null);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Venue", id, event + " " + fields(changes)));
		return store.find(id).orElseThrow();
	}

	/** The station approves a filing: the venue gets its code and becomes active. */
	@Transactional
	public VenueDetail approve(Actor actor, long id, Long responsibleOfficerId) {
		VenueDetail venue = transition(actor, id, Set.of(VenueStatus.PENDING));
		Jurisdiction.Station station = jurisdiction.station(venue.filing().stationUnitId())
			.orElseThrow(() -> new ZhianException(ErrorCode.STATION_INVALID, venue.filing().stationUnitId()));
		if (responsibleOfficerId != null && !jurisdiction.isOfficerOf(responsibleOfficerId, station)) {
			FieldErrors errors = validator.errors();
			errors.add("responsibleOfficerId", ErrorCode.OFFICER_INVALID, responsibleOfficerId);
			errors.throwIfAny();
		}
		String code = venue.code() != null ? venue.code()
				: codes.allocate(venue.filing().trades().get(0), station.regionCode());
		store.approve(id, code, responsibleOfficerId);
		VenueDetail after = store.find(id).orElseThrow();
		history.record(id, Event.APPROVED, VenueField.diff(venue.filing(), after.filing()), null);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Venue", id, "approved " + code));
		return after;
	}

	@Transactional
	public VenueDetail reject(Actor actor, long id, String reason) {
		return move(actor, id, Set.of(VenueStatus.PENDING), VenueStatus.REJECTED, Event.REJECTED, reason);
	}

	@Transactional
	public VenueDetail suspend(Actor actor, long id, String reason) {
		return move(actor, id, Set.of(VenueStatus.ACTIVE), VenueStatus.SUSPENDED, Event.SUSPENDED, reason);
	}

	@Transactional
	public VenueDetail reopen(Actor actor, long id, String reason) {
		return move(actor, id, Set.of(VenueStatus.SUSPENDED), VenueStatus.ACTIVE, Event.REOPENED, reason);
	}

	/** 注销: for good; the code is never handed out again. */
	@Transactional
	public VenueDetail cancel(Actor actor, long id, String reason) {
		return move(actor, id, Set.of(VenueStatus.ACTIVE, VenueStatus.SUSPENDED), VenueStatus.CANCELLED,
				Event.CANCELLED, reason);
	}

	/** The venue if the actor's scope reaches it; reading it is audited, as it holds personal data. */
	@Transactional
	public VenueDetail read(Actor actor, long id) {
		VenueDetail venue = visible(actor, id, false);
		audit.record(AuditRecord.success(AuditAction.READ, "Venue", id, venue.code() + " " + venue.filing().name()));
		return venue;
	}

	@Transactional(readOnly = true)
	public List<HistoryEntry> history(Actor actor, long id) {
		visible(actor, id, false);
		return history.list(id);
	}

	/**
	 * The venue if it exists (ZA-5002) and lies in the actor's scope (ZA-2009); locked for the transaction when
	 * it is about to change.
	 */
	VenueDetail visible(Actor actor, long id, boolean forUpdate) {
		VenueDetail venue = (forUpdate ? store.lock(id) : store.find(id))
			.orElseThrow(() -> new ZhianException(ErrorCode.VENUE_UNKNOWN, id));
		if (!jurisdiction.covers(actor.dataScope(), id)) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
		return venue;
	}

	private VenueDetail move(Actor actor, long id, Set<VenueStatus> from, VenueStatus to, Event event,
			String reason) {
		String why = reason(reason);
		transition(actor, id, from);
		store.setStatus(id, to, why);
		history.record(id, event, List.of(), why);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Venue", id, event + ": " + why));
		return store.find(id).orElseThrow();
	}

	private VenueDetail transition(Actor actor, long id, Set<VenueStatus> from) {
		VenueDetail venue = visible(actor, id, true);
		VenueStatus status = VenueStatus.valueOf(venue.status());
		if (!from.contains(status)) {
			throw new ZhianException(ErrorCode.VENUE_STATUS_CONFLICT, status);
		}
		return venue;
	}

	/** A reason is required for every refusal and status change: trimmed, at most 500 characters (ZA-5010). */
	static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new ZhianException(ErrorCode.REASON_REQUIRED);
		}
		String trimmed = reason.strip();
		if (trimmed.length() > 500) {
			throw new ZhianException(ErrorCode.FIELD_TOO_LONG, 500);
		}
		return trimmed;
	}

	static String fields(List<FieldChange> changes) {
		return changes.stream().map(FieldChange::field).toList().toString();
	}
}
