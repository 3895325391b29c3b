package io.zhian.supervision.bulletin;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;

/**
 * One bulletin in full. A venue's user opening it marks it read for the venue (the first time only); the police
 * get every recipient with its replies and chases, a venue only its own. Every view is audited.
 */
@Service
class BulletinDetails {

	private final JdbcClient jdbc;
	private final BulletinSummaries summaries;
	private final Files files;
	private final AuditTrail audit;
	private final Clock clock;

	BulletinDetails(JdbcClient jdbc, BulletinSummaries summaries, Files files, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	BulletinDetail open(Actor actor, long id) {
		if (actor.venueId() != null) {
			jdbc.sql("update bulletin_recipient set read_at = ? where bulletin_id = ? and venue_id = ? and read_at is null")
				.params(Timestamp.from(clock.instant()), id, actor.venueId()).update();
		}
		BulletinDetail detail = detail(actor, id);
		audit.record(AuditRecord.success(AuditAction.READ, "Bulletin", id, null));
		return detail;
	}

	/** The bulletin as the actor may see it, without marking or auditing anything. */
	@Transactional(readOnly = true)
	BulletinDetail detail(Actor actor, long id) {
		BulletinSummary summary = summaries.find(actor, id);
		Long venue = actor.venueId();
		Body body = jdbc.sql("select * from bulletin where id = ?").param(id).query(BulletinDetails::body).single();
		List<RecipientState> recipients = venue != null ? List.of(summary.own()) : recipients(id);
		return new BulletinDetail(summary, body.content, body.audience, body.files.stream().map(files::find)
			.flatMap(Optional::stream).toList(), body.revocation, recipients, replies(id, venue), chases(id, venue));
	}

	private record Body(String content, Audience audience, List<Long> files, BulletinDetail.Revocation revocation) {
	}

	private static Body body(ResultSet rs, int row) throws SQLException {
		Instant revokedAt = BulletinRows.instant(rs, "revoked_at");
		return new Body(rs.getString("content"),
				new Audience(strings(rs.getArray("audience_trades")), longs(rs.getArray("audience_districts")),
						longs(rs.getArray("audience_stations")), longs(rs.getArray("audience_venues"))),
				longs(rs.getArray("file_ids")), revokedAt == null ? null
						: new BulletinDetail.Revocation(revokedAt, rs.getString("revoker_name"),
								rs.getString("revoke_reason")));
	}

	private List<RecipientState> recipients(long id) {
		Instant now = clock.instant();
		return jdbc.sql("select b.deadline, b.revoked_at" + BulletinRows.RECIPIENT_COLUMNS
				+ " from bulletin b join bulletin_recipient r on r.bulletin_id = b.id" + BulletinRows.RECIPIENT_JOINS
				+ " where b.id = ? order by r.acknowledged_at is not null, v.code")
			.param(id).query((rs, row) -> BulletinRows.recipient(rs, now)).list();
	}

	private List<BulletinDetail.Reply> replies(long id, Long venue) {
		return jdbc.sql("select y.*, v.name as venue_name from bulletin_reply y join venue v on v.id = y.venue_id"
				+ " where y.bulletin_id = ? and (?::bigint is null or y.venue_id = ?) order by y.replied_at, y.id")
			.params(id, venue, venue)
			.query((rs, row) -> new BulletinDetail.Reply(rs.getLong("id"), rs.getLong("venue_id"),
					rs.getString("venue_name"), rs.getString("content"), (Long) rs.getObject("file_id"),
					BulletinRows.instant(rs, "replied_at"), rs.getString("replier_name")))
			.list();
	}

	private List<BulletinDetail.Chase> chases(long id, Long venue) {
		return jdbc.sql("select k.*, v.name as venue_name from bulletin_chase k join venue v on v.id = k.venue_id"
				+ " where k.bulletin_id = ? and (?::bigint is null or k.venue_id = ?) order by k.chased_at desc, k.id desc")
			.params(id, venue, venue)
			.query((rs, row) -> new BulletinDetail.Chase(rs.getLong("id"), rs.getLong("venue_id"),
					rs.getString("venue_name"), rs.getString("message"), BulletinRows.instant(rs, "chased_at"),
					rs.getString("chaser_name")))
			.list();
	}

	private static List<String> strings(Array array) throws SQLException {
		return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
	}

	private static List<Long> longs(Array array) throws SQLException {
		return new ArrayList<>(Arrays.asList((Long[]) array.getArray()));
	}
}
