package io.zhian.supervision.bulletin;

import java.time.Instant;
import java.util.List;

import io.zhian.files.StoredFile;

/**
 * One bulletin in full. Police see every recipient, every reply and every chase; a venue sees only its own.
 *
 * @param audience what the publisher chose; {@code recipients} is what it resolved to
 * @param revocation null while the bulletin stands
 */
public record BulletinDetail(BulletinSummary bulletin, String content, Audience audience, List<StoredFile> files,
		Revocation revocation, List<RecipientState> recipients, List<Reply> replies, List<Chase> chases) {

	public record Revocation(Instant at, String byName, String reason) {
	}

	public record Reply(long id, long venueId, String venueName, String content, Long fileId, Instant repliedAt,
			String replierName) {
	}

	public record Chase(long id, long venueId, String venueName, String message, Instant chasedAt, String chaserName) {
	}
}
