package io.zhian.common.web;

import java.io.IOException;

/** Raised while reading a request body that grows past the configured limit. */
class BodyTooLargeException extends IOException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("Request body exceeds " + limit + " bytes");
		this.limit = limit;
	}

	long limit() {
		return limit;
	}
}
