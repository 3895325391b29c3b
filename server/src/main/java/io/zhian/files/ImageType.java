package io.zhian.files;

import java.util.Optional;

/**
 * The file formats accepted, recognised by their leading bytes rather than by what the client claims: images,
 * and PDF for the purposes that take documents ({@link FilePurpose#acceptsPdf()}).
 */
enum ImageType {
	JPEG("image/jpeg", new int[] { 0xFF, 0xD8, 0xFF }),
	PNG("image/png", new int[] { 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }),
	PDF("application/pdf", new int[] { '%', 'P', 'D', 'F', '-' });

	private final String contentType;
	private final int[] magic;

	ImageType(String contentType, int[] magic) {
		this.contentType = contentType;
		this.magic = magic;
	}

	String contentType() {
		return contentType;
	}

	static Optional<ImageType> sniff(byte[] content) {
		for (ImageType type : values()) {
			if (type.matches(content)) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private boolean matches(byte[] content) {
		if (content.length < magic.length) {
			return false;
		}
		for (int i = 0; i < magic.length; i++) {
			if ((content[i] & 0xFF) != magic[i]) {
				return false;
			}
		}
		return true;
	}
}
