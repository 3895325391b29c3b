package io.zhian.supervision.inspection;

import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.files.FilePurpose;
import io.zhian.files.Files;
import io.zhian.files.StoredFile;

/** Checks the photos a form names: uploads of the right purpose, stored as the venue's, not too many. */
@Component
class VenuePhotos {

	static final int MAX_PHOTOS = 9;

	private final Files files;

	VenuePhotos(Files files) {
		this.files = files;
	}

	void check(FieldProblems refusal, String field, List<Long> photoIds, Long venueId, FilePurpose purpose) {
		if (photoIds.size() > MAX_PHOTOS) {
			refusal.add(field, ErrorCode.FIELD_TOO_LONG, MAX_PHOTOS);
		}
		for (Long photo : photoIds) {
			StoredFile file = photo == null ? null : files.find(photo).orElse(null);
			if (file == null || !Objects.equals(file.venueId(), venueId) || file.purpose() != purpose) {
				refusal.add(field, ErrorCode.FILE_REFERENCE_INVALID, field, photo);
			}
		}
	}
}
