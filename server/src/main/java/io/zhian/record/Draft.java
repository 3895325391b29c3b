package io.zhian.record;

import java.time.Instant;

/** A 临存 draft: a document photo waiting to be typed into a record. */
public record Draft(long id, String trade, long documentPhotoId, String note, Instant createdAt, String createdBy) {
}
