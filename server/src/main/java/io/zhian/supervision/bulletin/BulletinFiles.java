package io.zhian.supervision.bulletin;

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
 * Pictures and attachments of bulletins and replies, kept by the files module. A police upload belongs to no
 * venue, so the files module alone would show it to nobody; here a file is handed to whoever may see the bulletin
 * or the reply it belongs to.
 */
@Service
class BulletinFiles {

	private final JdbcClient jdbc;
	private final BulletinSummaries summaries;
	private final Files files;
	private final AuditTrail audit;

	BulletinFiles(JdbcClient jdbc, BulletinSummaries summaries, Files files, AuditTrail audit) {
		this.jdbc = jdbc;
		this.summaries = summaries;
		this.files = files;
		this.audit = audit;
	}

	/** A picture or attachment (JPEG, PNG or PDF) for a bulletin (police) or a reply (a venue). */
	StoredFile upload(Actor actor, String contentType, byte[] content) {
		return files.store(actor, FilePurpose.BULLETIN_FILE, contentType, content);
	}

	/** A file of the bulletin, or of a reply the actor may see; ZA-9008 for any other. */
	@Transactional
	Files.Content download(Actor actor, long bulletinId, long fileId) {
		summaries.find(actor, bulletinId);
		Long venue = actor.venueId();
		boolean belongs = jdbc.sql("""
				select exists (select 1 from bulletin where id = ? and ? = any(file_ids))
				    or exists (select 1 from bulletin_reply where bulletin_id = ? and file_id = ?
				        and (?::bigint is null or venue_id = ?))""")
			.params(bulletinId, fileId, bulletinId, fileId, venue, venue).query(Boolean.class).single();
		if (!belongs) {
			throw new ZhianException(ErrorCode.BULLETIN_FILE_NOT_FOUND, fileId);
		}
		Files.Content content = files.content(fileId);
		audit.record(AuditRecord.success(AuditAction.READ, "File", fileId, "bulletin=" + bulletinId));
		return content;
	}
}
