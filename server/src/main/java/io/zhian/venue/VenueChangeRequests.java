package io.zhian.venue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.DataScope;
import io.zhian.common.ErrorCode;
import io.zhian.common.SqlCondition;
import io.zhian.common.ZhianException;
import io.zhian.venue.VenueHistory.Event;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Key-field changes of approved venues (C1): the enterprise proposes, police approve (the fields change, the
 * history shows before → after) or reject with a reason. One open request per venue at a time.
 */
@Service
public class VenueChangeRequests {

	private static final String SELECT = """
			select r.*, v.code as venue_code, v.name as venue_name from venue_change_request r
			join venue v on v.id = r.venue_id""";
	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final VenueFilings filings;
	private final VenueStore store;
	private final VenueValidator validator;
	private final VenueHistory history;
	private final AuditTrail audit;

	VenueChangeRequests(JdbcClient jdbc, JsonMapper json, VenueFilings filings, VenueStore store,
			VenueValidator validator, VenueHistory history, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.filings = filings;
		this.store = store;
		this.validator = validator;
		this.history = history;
		this.audit = audit;
	}

	/** Proposes the key fields of {@code proposal}; its other fields are ignored (they are edited directly). */
	@Transactional
	public ChangeRequest request(Actor actor, long venueId, VenueFiling proposal, String reason) {
		String why = VenueFilings.reason(reason);
		VenueDetail venue = filings.visible(actor, venueId, true);
		VenueStatus status = VenueStatus.valueOf(venue.status());
		if (status != VenueStatus.ACTIVE && status != VenueStatus.SUSPENDED) {
			throw new ZhianException(ErrorCode.VENUE_STATUS_CONFLICT, status);
		}
		VenueFiling proposed = validator.check(venue.filing().withKeyFieldsOf(proposal));
		List<FieldChange> changes = VenueField.diff(venue.filing(), proposed);
		if (changes.isEmpty()) {
			throw new ZhianException(ErrorCode.CHANGE_REQUEST_EMPTY);
		}
		long id;
		try {
			id = jdbc.sql("""
					insert into venue_change_request (venue_id, proposed, changes, reason, requested_by)
					values (?, ?::jsonb, ?::jsonb, ?, ?) returning id""")
				.params(venueId, json.writeValueAsString(proposed), json.writeValueAsString(changes), why,
						actor.username())
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw new ZhianException(ErrorCode.CHANGE_REQUEST_OPEN);
		}
		history.record(venueId, Event.CHANGE_REQUESTED, changes, why);
		audit.record(AuditRecord.success(AuditAction.CREATE, "VenueChangeRequest", id,
				"venue " + venueId + " " + VenueFilings.fields(changes)));
		return find(id).orElseThrow();
	}

	/** Applies the proposed key fields to the venue as it is now (its open fields may have changed meanwhile). */
	@Transactional
	public ChangeRequest approve(Actor actor, long id, String note) {
		Open open = open(actor, id);
		VenueFiling proposed = json.readValue(open.proposedJson(), VenueFiling.class);
		VenueFiling after = validator.check(open.venue().filing().withKeyFieldsOf(proposed));
		List<FieldChange> changes = VenueField.diff(open.venue().filing(), after);
		store.update(open.venue().id(), after);
		close(id, "APPROVED", actor, note);
		history.record(open.venue().id(), Event.CHANGE_APPROVED, changes, note);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "VenueChangeRequest", id,
				"approved " + VenueFilings.fields(changes)));
		return find(id).orElseThrow();
	}

	@Transactional
	public ChangeRequest reject(Actor actor, long id, String reason) {
		String why = VenueFilings.reason(reason);
		Open open = open(actor, id);
		close(id, "REJECTED", actor, why);
		history.record(open.venue().id(), Event.CHANGE_REJECTED, List.of(), why);
		audit.record(AuditRecord.success(AuditAction.UPDATE, "VenueChangeRequest", id, "rejected: " + why));
		return find(id).orElseThrow();
	}

	/** The venue's requests, newest first. */
	@Transactional(readOnly = true)
	public List<ChangeRequest> ofVenue(Actor actor, long venueId) {
		filings.visible(actor, venueId, false);
		return jdbc.sql(SELECT + " where r.venue_id = ? order by r.id desc").param(venueId)
			.query(this::request).list();
	}

	/** Open requests of the venues within scope, oldest first: the review queue. */
	@Transactional(readOnly = true)
	public List<ChangeRequest> pending(DataScope scope) {
		SqlCondition visible = scope.venues("v.id", "v.station_unit_id");
		return jdbc.sql(SELECT + " where r.status = 'PENDING' and " + visible.sql() + " order by r.id")
			.params(new ArrayList<>(visible.params())).query(this::request).list();
	}

	private record Open(VenueDetail venue, String proposedJson) {
	}

	private Open open(Actor actor, long id) {
		record Row(long venueId, String status, String proposed) {
		}
		Row row = jdbc.sql("select venue_id, status, proposed::text as proposed from venue_change_request "
				+ "where id = ? for update")
			.param(id)
			.query((rs, n) -> new Row(rs.getLong("venue_id"), rs.getString("status"), rs.getString("proposed")))
			.optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.CHANGE_REQUEST_UNKNOWN, id));
		VenueDetail venue = filings.visible(actor, row.venueId(), true);
		if (!"PENDING".equals(row.status())) {
			throw new ZhianException(ErrorCode.VENUE_STATUS_CONFLICT, row.status());
		}
		VenueStatus status = VenueStatus.valueOf(venue.status());
		if (status != VenueStatus.ACTIVE && status != VenueStatus.SUSPENDED) {
			// Cancelled while the request waited: its fields no longer change.
			throw new ZhianException(ErrorCode.VENUE_STATUS_CONFLICT, status);
		}
		return new Open(venue, row.proposed());
	}

	private void close(long id, String status, Actor actor, String note) {
		jdbc.sql("""
				update venue_change_request set status = ?, reviewed_by = ?, reviewed_at = now(), review_note = ?
				where id = ?""")
			.params(status, actor.username(), note, id).update();
	}

	private Optional<ChangeRequest> find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(this::request).optional();
	}

	private ChangeRequest request(ResultSet rs, int row) throws SQLException {
		return new ChangeRequest(rs.getLong("id"), rs.getLong("venue_id"), rs.getString("venue_code"),
				rs.getString("venue_name"), json.readValue(rs.getString("changes"), CHANGES), rs.getString("reason"),
				rs.getString("status"), rs.getString("requested_by"), instant(rs.getTimestamp("requested_at")),
				rs.getString("reviewed_by"), instant(rs.getTimestamp("reviewed_at")), rs.getString("review_note"));
	}

	private static java.time.Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
