package io.zhian.supervision.bulletin;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.files.FilePurpose;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;

/**
 * What a recipient venue does with a bulletin: acknowledge it (签收) and reply to it (回复). Either also counts as
 * having read it. A revoked bulletin takes neither (ZA-9005).
 */
@Service
class RecipientAnswers {

	static final int MAX_REPLY = 2000;

	private final JdbcClient jdbc;
	private final BulletinSummaries summaries;
	private final BulletinDetails details;
	private final Files files;
	private final AuditTrail audit;
	private final Clock clock;

	RecipientAnswers(JdbcClient jdbc, BulletinSummaries summaries, BulletinDetails details, Files files,
			AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.details = details;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	/** Acknowledges for the actor's venue; a second acknowledgement changes nothing. */
	@Transactional
	BulletinDetail acknowledge(Actor clerk, long id) {
		summaries.findStanding(clerk, id);
		int changed = jdbc.sql("""
				update bulletin_recipient set acknowledged_at = ?, acknowledged_by = ?, acknowledger_name = ?,
				    read_at = coalesce(read_at, ?)
				where bulletin_id = ? and venue_id = ? and acknowledged_at is null""")
			.params(now(), clerk.userId(), clerk.displayName(), now(), id, clerk.venueId()).update();
		if (changed > 0) {
			audit.record(AuditRecord.success(AuditAction.UPDATE, "Bulletin", id, "acknowledged"));
		}
		return details.detail(clerk, id);
	}

	/** A reply of the actor's venue, with an optional attachment the venue uploaded for it. */
	@Transactional
	BulletinDetail reply(Actor clerk, long id, String content, Long fileId) {
		summaries.findStanding(clerk, id);
		String text = content == null ? "" : content.strip();
		StoredFile file = fileId == null ? null : files.find(fileId).orElse(null);
		boolean fileOk = fileId == null || (file != null && file.purpose() == FilePurpose.BULLETIN_FILE
				&& Objects.equals(file.venueId(), clerk.venueId()));
		if (text.isEmpty() || text.length() > MAX_REPLY || !fileOk) {
			throw new ZhianException(ErrorCode.BULLETIN_REPLY_INVALID, MAX_REPLY);
		}
		long replyId = jdbc.sql("""
				insert into bulletin_reply (bulletin_id, venue_id, content, file_id, replied_at, replied_by, replier_name)
				values (?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(id, clerk.venueId(), text, fileId, now(), clerk.userId(), clerk.displayName())
			.query(Long.class).single();
		jdbc.sql("update bulletin_recipient set read_at = ? where bulletin_id = ? and venue_id = ? and read_at is null")
			.params(now(), id, clerk.venueId()).update();
		audit.record(AuditRecord.success(AuditAction.CREATE, "BulletinReply", replyId, "bulletin=" + id));
		return details.detail(clerk, id);
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}
