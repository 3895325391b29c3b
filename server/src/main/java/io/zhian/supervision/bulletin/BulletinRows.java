package io.zhian.supervision.bulletin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The SQL both sides read bulletins with, and the mapping of its rows: a bulletin's header, the counts over
 * its recipients (police), and one recipient's state (a venue's own, or each row of the police's table).
 */
final class BulletinRows {

	// The fragments are appended to other SQL, hence each starts with a space (a text block strips its own).
	static final String HEADER = "b.id, b.type, b.title, b.unit_name, b.publisher_name, b.published_at, b.deadline,"
			+ " b.revoked_at";

	/** Counts per bulletin {@code b}; its one parameter is the current time, for "overdue". */
	static final String COUNTS = " " + """
			 cross join lateral (select count(*) as recipients, count(r.read_at) as read_count,
			     count(r.acknowledged_at) as acknowledged,
			     count(*) filter (where exists (select 1 from bulletin_reply y
			         where y.bulletin_id = r.bulletin_id and y.venue_id = r.venue_id)) as replied,
			     count(*) filter (where r.acknowledged_at is null and b.revoked_at is null and b.deadline < ?)
			         as overdue
			   from bulletin_recipient r where r.bulletin_id = b.id) c""";

	static final String COUNT_COLUMNS = ", c.recipients, c.read_count, c.acknowledged, c.replied, c.overdue";

	static final String RECIPIENT_COLUMNS = " " + """
			, r.venue_id, v.code as venue_code, v.name as venue_name, st.name as station_name, r.read_at,
			 r.acknowledged_at, r.acknowledger_name, ch.chases, ch.last_chased_at, ch.last_chase_message,
			 (select count(*) from bulletin_reply y where y.bulletin_id = r.bulletin_id and y.venue_id = r.venue_id)
			     as replies""";

	/** Joins venue, station and chases to a recipient row {@code r} (of bulletin {@code b}). */
	static final String RECIPIENT_JOINS = " " + """
			 join venue v on v.id = r.venue_id join org_unit st on st.id = v.station_unit_id
			 cross join lateral (select count(*) as chases, max(k.chased_at) as last_chased_at,
			     (array_agg(k.message order by k.chased_at desc, k.id desc))[1] as last_chase_message
			   from bulletin_chase k where k.bulletin_id = r.bulletin_id and k.venue_id = r.venue_id) ch""";

	private BulletinRows() {
	}

	static BulletinSummary summary(ResultSet rs, BulletinSummary.Counts counts, RecipientState own)
			throws SQLException {
		return new BulletinSummary(rs.getLong("id"), rs.getString("type"), rs.getString("title"),
				rs.getString("unit_name"), rs.getString("publisher_name"), instant(rs, "published_at"),
				instant(rs, "deadline"), instant(rs, "revoked_at"), counts, own);
	}

	static BulletinSummary.Counts counts(ResultSet rs) throws SQLException {
		return new BulletinSummary.Counts(rs.getInt("recipients"), rs.getInt("read_count"), rs.getInt("acknowledged"),
				rs.getInt("replied"), rs.getInt("overdue"));
	}

	/** One recipient; {@code b.deadline} and {@code b.revoked_at} must be among the columns. */
	static RecipientState recipient(ResultSet rs, Instant now) throws SQLException {
		Instant deadline = instant(rs, "deadline");
		Instant acknowledged = instant(rs, "acknowledged_at");
		boolean overdue = deadline != null && acknowledged == null && rs.getTimestamp("revoked_at") == null
				&& now.isAfter(deadline);
		return new RecipientState(rs.getLong("venue_id"), rs.getString("venue_code"), rs.getString("venue_name"),
				rs.getString("station_name"), instant(rs, "read_at"), acknowledged, rs.getString("acknowledger_name"),
				rs.getInt("replies"), rs.getInt("chases"), instant(rs, "last_chased_at"),
				rs.getString("last_chase_message"), overdue);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
