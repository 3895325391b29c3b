package io.zhian.files;

import java.time.Instant;

/** A stored file's facts, without its content. */
public record StoredFile(long id, Long venueId, FilePurpose purpose, String contentType, int size, String sm3,
		Instant createdAt) {
}
