package io.zhian.supervision.panic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.alarm.AlarmKind;
import io.zhian.alarm.AlarmLevel;
import io.zhian.alarm.AlarmRaiser;
import io.zhian.alarm.AlarmRequest;
import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.venue.Venue;
import io.zhian.venue.Venues;

/**
 * 按键报警: a venue user presses the panic button and an URGENT {@code PANIC} alarm enters the alarm pipeline,
 * routed like every alarm to the venue's station and responsible officer (whose page shows the venue's address
 * and contacts). The press and its alarm commit together; a retried press with the same reference finds the
 * first one and raises nothing again.
 */
@Service
public class PanicButton {

	static final int NOTE_LIMIT = 500;
	/** The alarm summary column's width; the full note stays on the press. */
	private static final int SUMMARY_LIMIT = 300;
	private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	/** A press, and whether this request made it (false: a retry found an earlier one). */
	public record Outcome(PanicPress press, boolean created) {
	}

	private final JdbcClient jdbc;
	private final Venues venues;
	private final AlarmRaiser alarms;
	private final AuditTrail audit;
	private final Clock clock;

	PanicButton(JdbcClient jdbc, Venues venues, AlarmRaiser alarms, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.venues = venues;
		this.alarms = alarms;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Outcome press(Actor actor, PanicRequest request) {
		if (actor.venueId() == null) {
			throw new ZhianException(ErrorCode.PANIC_NOT_A_VENUE_USER);
		}
		String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
		String reference = request.reference() == null ? UUID.randomUUID().toString() : request.reference();
		check(note, reference, request.latitude(), request.longitude());
		Venue venue = venues.find(actor.venueId()).orElseThrow(() -> new ZhianException(ErrorCode.PANIC_NOT_A_VENUE_USER));

		Long id = jdbc.sql("""
				insert into panic_press (venue_id, reference, note, latitude, longitude, pressed_at, pressed_by,
				    presser_name)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (venue_id, reference) do nothing returning id""")
			.params(venue.id(), reference, note, request.latitude(), request.longitude(),
					Timestamp.from(clock.instant()), actor.userId(), actor.displayName())
			.query(Long.class).optional().orElse(null);
		if (id == null) {
			return new Outcome(find(venue.id(), reference), false);
		}
		long alarmId = alarms.raise(new AlarmRequest(AlarmKind.PANIC, AlarmLevel.URGENT, "panic:" + id, venue.id(),
				null, null, null, null, null, null, null, null, null, null, false,
				summary(venue, actor, note, request))).orElseThrow();
		jdbc.sql("update panic_press set alarm_id = ? where id = ?").params(alarmId, id).update();
		audit.record(AuditRecord.success(AuditAction.CREATE, "PanicPress", id, "alarm " + alarmId));
		return new Outcome(find(venue.id(), reference), true);
	}

	/** The venue's own presses, newest first, so its portal can show that the police have been called. */
	@Transactional(readOnly = true)
	public List<PanicPress> recent(Actor actor, int limit) {
		if (actor.venueId() == null) {
			throw new ZhianException(ErrorCode.PANIC_NOT_A_VENUE_USER);
		}
		return jdbc.sql("select * from panic_press where venue_id = ? order by pressed_at desc, id desc limit ?")
			.params(actor.venueId(), limit).query(PanicButton::press).list();
	}

	private static void check(String note, String reference, Double latitude, Double longitude) {
		if (note != null && note.length() > NOTE_LIMIT) {
			throw new ZhianException(ErrorCode.PANIC_INVALID, "note", NOTE_LIMIT);
		}
		if (!REFERENCE.matcher(reference).matches()) {
			throw new ZhianException(ErrorCode.PANIC_INVALID, "reference", 64);
		}
		boolean located = latitude != null || longitude != null;
		if (located && (latitude == null || longitude == null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180)) {
			throw new ZhianException(ErrorCode.PANIC_INVALID, "latitude/longitude", 0);
		}
	}

	/** The alarm's one line: what the station sees first in its inbox and in the text message. */
	private static String summary(Venue venue, Actor presser, String note, PanicRequest request) {
		StringBuilder line = new StringBuilder("按键报警 ").append(venue.name());
		if (venue.address() != null) {
			line.append("（").append(venue.address()).append("）");
		}
		line.append(" 报警人 ").append(presser.displayName());
		if (note != null) {
			line.append("：").append(note);
		}
		if (request.latitude() != null) {
			line.append(String.format(" 位置 %.5f,%.5f", request.latitude(), request.longitude()));
		}
		return line.length() > SUMMARY_LIMIT ? line.substring(0, SUMMARY_LIMIT) : line.toString();
	}

	private PanicPress find(long venueId, String reference) {
		return jdbc.sql("select * from panic_press where venue_id = ? and reference = ?").params(venueId, reference)
			.query(PanicButton::press).single();
	}

	private static PanicPress press(ResultSet rs, int row) throws SQLException {
		return new PanicPress(rs.getLong("id"), rs.getLong("venue_id"), rs.getString("reference"),
				rs.getString("note"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				rs.getTimestamp("pressed_at").toInstant(), rs.getString("presser_name"), rs.getLong("alarm_id"));
	}
}
