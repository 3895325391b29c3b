package io.zhian.files;

/**
 * What a file is for, which sets its size limit. The hotel standard asks document photos of 300 dpi at
 * 31 × 22 mm or 39 × 31 mm, a few hundred kilobytes as JPEG; a phone camera frame of a face is about the same.
 */
public enum FilePurpose {
	DOCUMENT_PHOTO(2 * 1024 * 1024), FACE_PHOTO(2 * 1024 * 1024), STAFF_PHOTO(2 * 1024 * 1024),
	/** A photo of a record's item or vehicle (a pledged item whole and in detail, a car at a used-car market). */
	OBJECT_PHOTO(2 * 1024 * 1024);

	private final int maxBytes;

	FilePurpose(int maxBytes) {
		this.maxBytes = maxBytes;
	}

	public int maxBytes() {
		return maxBytes;
	}
}
