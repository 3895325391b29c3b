package io.zhian.supervision.enforcement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;

/**
 * The wrong fields of one form, the first reason per field, refused together with one code (ZA-9050 for a
 * penalty, ZA-9060 for a case) whose {@code errors} list each field with its own numbered reason.
 */
final class FieldProblems {

	private final Problems problems;
	private final ErrorCode refusal;
	private final Map<String, Map<String, String>> errors = new LinkedHashMap<>();

	FieldProblems(Problems problems, ErrorCode refusal) {
		this.problems = problems;
		this.refusal = refusal;
	}

	void add(String field, ErrorCode reason, Object... arguments) {
		Map<String, String> error = new LinkedHashMap<>();
		error.put("field", field);
		error.put("code", reason.code());
		error.put("message", problems.detail(reason, LocaleContextHolder.getLocale(), arguments));
		errors.putIfAbsent(field, error);
	}

	/** Records a missing value; answers whether it was present. */
	boolean required(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			add(field, ErrorCode.FIELD_REQUIRED);
			return false;
		}
		return true;
	}

	/** The text stripped, null when blank; a text over {@code max} characters is refused. */
	String text(String field, String value, int max, boolean required) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null && required) {
			add(field, ErrorCode.FIELD_REQUIRED);
		}
		if (text != null && text.length() > max) {
			add(field, ErrorCode.FIELD_TOO_LONG, max);
		}
		return text;
	}

	void throwIfAny() {
		if (!errors.isEmpty()) {
			String summary = errors.values().stream().map(e -> e.get("field") + ": " + e.get("message"))
				.collect(Collectors.joining("; "));
			throw new ZhianException(refusal, Map.of("errors", List.copyOf(errors.values())), summary);
		}
	}
}
