package io.zhian.watch;

import java.time.OffsetDateTime;

/** A bulk import with its progress: rows read so far, loaded into the new version, refused. */
public record ImportView(long id, long listId, String listName, int version, String fileName, String status,
		int rowsRead, int rowsLoaded, int rowsRefused, String message, OffsetDateTime createdAt,
		OffsetDateTime finishedAt) {
}
