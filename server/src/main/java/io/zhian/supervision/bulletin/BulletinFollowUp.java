package io.zhian.supervision.bulletin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;

/**
 * What the police do after publishing: chase (催办) the recipients that have not acknowledged, shown to each of
 * them in the portal; and revoke (撤销) a bulletin, which stays readable, marked revoked, but takes no more
 * acknowledgements, replies or chases.
 */
@Service
class BulletinFollowUp {

	static final int MAX_NOTE = 500;

	private final JdbcClient jdbc;
	private final BulletinSummaries summaries;
	private final BulletinDetails details;
	private final Problems problems;
	private final AuditTrail audit;
	private final Clock clock;

	BulletinFollowUp(JdbcClient jdbc, BulletinSummaries summaries, BulletinDetails details, Problems problems,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.details = details;
		this.problems = problems;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Chases the given recipients, or all that have not acknowledged when none are given; an acknowledged venue
	 * among the given ones is skipped.
	 */
	@Transactional
	BulletinDetail chase(Actor police, long id, List<Long> venueIds, String message) {
		summaries.findStanding(police, id);
		String note = optionalNote("message", message);
		List<Long> named = venueIds == null ? List.of() : venueIds;
		for (Long venue : named) {
			boolean recipient = venue != null && jdbc.sql("select exists (select 1 from bulletin_recipient"
					+ " where bulletin_id = ? and venue_id = ?)").params(id, venue).query(Boolean.class).single();
			if (!recipient) {
				throw new ZhianException(ErrorCode.BULLETIN_NOT_A_RECIPIENT, venue, id);
			}
		}
		int chased = jdbc.sql("""
				insert into bulletin_chase (bulletin_id, venue_id, message, chased_at, chased_by, chaser_name)
				select bulletin_id, venue_id, ?, ?, ?, ? from bulletin_recipient
				where bulletin_id = ? and acknowledged_at is null and (cardinality(?::bigint[]) = 0 or venue_id = any(?::bigint[]))""")
			.params(note, Timestamp.from(clock.instant()), police.userId(), police.displayName(), id,
					named.toArray(Long[]::new), named.toArray(Long[]::new))
			.update();
		if (chased == 0) {
			throw new ZhianException(ErrorCode.BULLETIN_NOTHING_TO_CHASE, id);
		}
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Bulletin", id, "chased " + chased + " venues"));
		return details.detail(police, id);
	}

	@Transactional
	BulletinDetail revoke(Actor police, long id, String reason) {
		summaries.findStanding(police, id);
		String note = optionalNote("reason", reason);
		jdbc.sql("""
				update bulletin set revoked_at = ?, revoked_by = ?, revoker_name = ?, revoke_reason = ?
				where id = ? and revoked_at is null""")
			.params(Timestamp.from(clock.instant()), police.userId(), police.displayName(), note, id).update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "Bulletin", id, "revoked"));
		return details.detail(police, id);
	}

	private String optionalNote(String field, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		FieldProblems errors = new FieldProblems(problems);
		String note = errors.text(field, value, true, MAX_NOTE);
		errors.throwIfAny(ErrorCode.BULLETIN_INVALID);
		return note;
	}
}
