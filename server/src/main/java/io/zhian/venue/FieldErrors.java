package io.zhian.venue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;

/**
 * Collects every wrong field of one request so that the applicant sees all of them at once, then refuses the
 * request with ZA-5001 listing each field with its own numbered reason.
 */
final class FieldErrors {

	private final Problems problems;
	private final List<Map<String, String>> errors = new ArrayList<>();

	FieldErrors(Problems problems) {
		this.problems = problems;
	}

	void add(String field, ErrorCode reason, Object... arguments) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("code", reason.code());
		error.put("message", problems.detail(reason, LocaleContextHolder.getLocale(), arguments));
		errors.add(error);
	}

	/** Records a missing value; answers whether it was present. */
	boolean required(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())
				|| (value instanceof java.util.Collection<?> c && c.isEmpty())) {
			add(field, ErrorCode.FIELD_REQUIRED);
			return false;
		}
		return true;
	}

	void maxLength(String field, String value, int max) {
		if (value != null && value.length() > max) {
			add(field, ErrorCode.FIELD_TOO_LONG, max);
		}
	}

	boolean isEmpty() {
		return errors.isEmpty();
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			String summary = errors.stream().map(e -> e.get("field") + ": " + e.get("message"))
				.collect(Collectors.joining("; "));
			throw new ZhianException(ErrorCode.VENUE_INVALID, Map.of("errors", List.copyOf(errors)), summary);
		}
	}
}
