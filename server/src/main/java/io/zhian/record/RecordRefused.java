package io.zhian.record;

import java.util.List;
import java.util.Map;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * ZA-6003: a record refused, with every error. Answered as problem+json whose {@code errors} member lists them
 * rendered in the caller's language; the raw errors stay available to the lot worker, which stores them.
 */
class RecordRefused extends ZhianException {

	private final transient List<RecordError> errors;

	RecordRefused(List<RecordError> errors, List<Map<String, String>> rendered, String summary) {
		super(ErrorCode.RECORD_INVALID, Map.of(RecordErrors.PROPERTY, rendered), summary);
		this.errors = List.copyOf(errors);
	}

	List<RecordError> errors() {
		return errors;
	}
}
