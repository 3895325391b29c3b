package io.zhian.supervision.bulletin;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A bulletin as the police publish it.
 *
 * @param type code of the {@code bulletin-type} table
 * @param deadline when the venues must have acknowledged it (截止时间), if at all
 * @param fileIds pictures and attachments uploaded through {@code POST /api/v1/bulletins/files}
 */
public record NewBulletin(String type, String title, String content, Audience audience, OffsetDateTime deadline,
		List<Long> fileIds) {

	public NewBulletin {
		audience = audience == null ? new Audience(null, null, null, null) : audience;
		fileIds = fileIds == null ? List.of() : fileIds;
	}
}
