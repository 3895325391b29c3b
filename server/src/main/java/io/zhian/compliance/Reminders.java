package io.zhian.compliance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * Reminders (推送提示) police send a venue about its reporting. The venue sees them in its portal and
 * acknowledges them; the police see when. Sending and acknowledging are audited.
 */
@Service
class Reminders {

	static final int MAX_MESSAGE = 500;
	/** Enough for a portal card and a police history; older reminders stay stored. */
	private static final int LIST_LIMIT = 50;

	record Reminder(long id, long venueId, String venueName, String message, String sentBy, Instant sentAt,
			String readBy, Instant readAt) {
	}

	record NewReminder(Long venueId, String message) {
	}

	private static final String SELECT = """
			select r.*, v.name as venue_name from compliance_reminder r join venue v on v.id = r.venue_id""";

	private final JdbcClient jdbc;
	private final ScopedVenues venues;
	private final AuditTrail audit;
	private final Clock clock;

	Reminders(JdbcClient jdbc, ScopedVenues venues, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	Reminder send(Actor police, NewReminder reminder) {
		if (reminder.venueId() == null) {
			throw new ZhianException(ErrorCode.COMPLIANCE_VENUE_NOT_FOUND, "null");
		}
		venues.trades(police.dataScope(), reminder.venueId());
		String message = reminder.message() == null ? "" : reminder.message().trim();
		if (message.isEmpty() || message.length() > MAX_MESSAGE) {
			throw new ZhianException(ErrorCode.REMINDER_MESSAGE_INVALID, MAX_MESSAGE);
		}
		long id = jdbc.sql("""
				insert into compliance_reminder (venue_id, message, sent_by, sent_by_id, sent_at)
				values (?, ?, ?, ?, ?) returning id""")
			.params(reminder.venueId(), message, police.displayName(), police.userId(),
					Timestamp.from(clock.instant()))
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "ComplianceReminder", id,
				"venue=" + reminder.venueId()));
		return find(id);
	}

	/** A venue's reminders, newest first, for police within whose scope the venue lies. */
	@Transactional(readOnly = true)
	List<Reminder> ofVenue(Actor police, long venueId) {
		venues.trades(police.dataScope(), venueId);
		return list(venueId);
	}

	/** The caller's own venue's reminders, unread first, then newest first. */
	@Transactional(readOnly = true)
	List<Reminder> mine(Actor clerk) {
		return clerk.venueId() == null ? List.of() : jdbc.sql(SELECT
				+ " where r.venue_id = ? order by r.read_at is not null, r.sent_at desc limit ?")
			.params(clerk.venueId(), LIST_LIMIT).query(Reminders::reminder).list();
	}

	/** Marks a reminder of the caller's venue read; acknowledging it again changes nothing. */
	@Transactional
	Reminder acknowledge(Actor clerk, long id) {
		Long venueId = clerk.venueId();
		boolean own = venueId != null && jdbc.sql("select exists (select 1 from compliance_reminder where id = ? "
				+ "and venue_id = ?)").params(id, venueId).query(Boolean.class).single();
		if (!own) {
			throw new ZhianException(ErrorCode.REMINDER_NOT_FOUND, id);
		}
		int changed = jdbc.sql("""
				update compliance_reminder set read_by = ?, read_at = ? where id = ? and read_at is null""")
			.params(clerk.displayName(), Timestamp.from(clock.instant()), id).update();
		if (changed > 0) {
			audit.record(AuditRecord.success(AuditAction.UPDATE, "ComplianceReminder", id, "acknowledged"));
		}
		return find(id);
	}

	private List<Reminder> list(long venueId) {
		return jdbc.sql(SELECT + " where r.venue_id = ? order by r.sent_at desc limit ?")
			.params(venueId, LIST_LIMIT).query(Reminders::reminder).list();
	}

	private Reminder find(long id) {
		return jdbc.sql(SELECT + " where r.id = ?").param(id).query(Reminders::reminder).single();
	}

	private static Reminder reminder(ResultSet rs, int row) throws SQLException {
		Timestamp readAt = rs.getTimestamp("read_at");
		return new Reminder(rs.getLong("id"), rs.getLong("venue_id"), rs.getString("venue_name"),
				rs.getString("message"), rs.getString("sent_by"), rs.getTimestamp("sent_at").toInstant(),
				rs.getString("read_by"), readAt == null ? null : readAt.toInstant());
	}
}
