package io.zhian.suspicion;

import java.util.List;

/** What an enterprise user reports; see {@link SuspicionReport} for the fields. */
public record NewSuspicion(String category, String subject, String description, Long recordId, List<Long> photoIds) {

	public List<Long> photoIds() {
		return photoIds == null ? List.of() : photoIds;
	}
}
