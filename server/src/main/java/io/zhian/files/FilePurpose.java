package io.zhian.files;

/**
 * What a file is for, which sets its size limit. The hotel standard asks document photos of 300 dpi at
 * 31 × 22 mm or 39 × 31 mm, a few hundred kilobytes as JPEG; a phone camera frame of a face is about the same.
 */
public enum FilePurpose {
	DOCUMENT_PHOTO(2 * 1024 * 1024), FACE_PHOTO(2 * 1024 * 1024), STAFF_PHOTO(2 * 1024 * 1024),
	/** A photo of a record's item or vehicle (a pledged item whole and in detail, a car at a used-car market). */
	OBJECT_PHOTO(2 * 1024 * 1024),
	/** A photo an officer takes at a venue during an inspection (治安检查), stored as the venue's file. */
	INSPECTION_PHOTO(2 * 1024 * 1024),
	/** A photo a venue sends with its answer to a rectification notice (整改结果). */
	RECTIFICATION_PHOTO(2 * 1024 * 1024),
	/** A picture or attachment of a police bulletin (协查通报) or of a venue's reply to one: images and PDF. */
	BULLETIN_FILE(3 * 1024 * 1024, true);

	private final int maxBytes;
	private final boolean acceptsPdf;

	FilePurpose(int maxBytes) {
		this(maxBytes, false);
	}

	FilePurpose(int maxBytes, boolean acceptsPdf) {
		this.maxBytes = maxBytes;
		this.acceptsPdf = acceptsPdf;
	}

	public int maxBytes() {
		return maxBytes;
	}

	/** Whether documents (PDF) are accepted besides images. */
	public boolean acceptsPdf() {
		return acceptsPdf;
	}
}
