package io.zhian.record;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A lot as its venue sees it: {@code RECEIVED} (stored, not yet started), {@code PROCESSING}, {@code DONE}.
 * Every position up to {@code processed} has a result; the rest have none yet, and none is lost.
 */
public record LotStatus(UUID lotId, String status, Instant receivedAt, Instant completedAt, int records,
		int processed, int stored, int duplicates, int rejected, List<Result> results) {

	/**
	 * One record's outcome: {@code STORED}, {@code DUPLICATE} (its reference was already stored; {@code id} is
	 * that record's) or {@code REJECTED} with its errors.
	 */
	public record Result(int position, String reference, String outcome, Long id, List<Map<String, String>> errors) {
	}
}
