package io.zhian.record;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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
import io.zhian.files.Files;

/**
 * 临存: when the desk is busy the clerk keeps the document's photo and types the registration later. A draft
 * stays listed as incomplete until a record completes it or the clerk discards it.
 */
@Service
public class Drafts {

	private final JdbcClient jdbc;
	private final Files files;
	private final AuditTrail audit;
	private final Clock clock;

	Drafts(JdbcClient jdbc, Files files, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.files = files;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public Draft create(Actor actor, String trade, long documentPhotoId, String note) {
		if (files.find(documentPhotoId).filter(f -> Objects.equals(f.venueId(), actor.venueId())).isEmpty()) {
			throw new ZhianException(ErrorCode.FILE_REFERENCE_INVALID, "documentPhotoId", documentPhotoId);
		}
		long id = jdbc.sql("""
				insert into record_draft (venue_id, trade, document_photo_id, note, created_at, created_by)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(actor.venueId(), trade, documentPhotoId, note == null ? null : note.strip(),
					Timestamp.from(clock.instant()), actor.userId())
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "RecordDraft", id, "photo " + documentPhotoId));
		return open(actor).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
	}

	/** The venue's open drafts, oldest first: the order in which they should be typed in. */
	@Transactional(readOnly = true)
	public List<Draft> open(Actor actor) {
		return jdbc.sql("""
				select d.id, d.trade, d.document_photo_id, d.note, d.created_at, u.display_name
				from record_draft d left join org_user u on u.id = d.created_by
				where d.venue_id = ? and d.completed_at is null and d.discarded_at is null order by d.created_at""")
			.param(actor.venueId())
			.query((rs, row) -> new Draft(rs.getLong("id"), rs.getString("trade"), rs.getLong("document_photo_id"),
					rs.getString("note"), rs.getTimestamp("created_at").toInstant(), rs.getString("display_name")))
			.list();
	}

	@Transactional
	public void discard(Actor actor, long id) {
		int changed = jdbc.sql("""
				update record_draft set discarded_at = ? where id = ? and venue_id = ?
				and completed_at is null and discarded_at is null""")
			.params(Timestamp.from(clock.instant()), id, actor.venueId()).update();
		if (changed == 0) {
			throw new ZhianException(ErrorCode.DRAFT_NOT_FOUND, id);
		}
		audit.record(AuditRecord.success(AuditAction.DELETE, "RecordDraft", id, "discarded"));
	}

	/** Marks an open draft of the venue completed by the record; false when there is no such open draft. */
	boolean complete(long venueId, long draftId, long recordId) {
		return jdbc.sql("""
				update record_draft set completed_at = ?, record_id = ? where id = ? and venue_id = ?
				and completed_at is null and discarded_at is null""")
			.params(Timestamp.from(clock.instant()), recordId, draftId, venueId).update() == 1;
	}
}
