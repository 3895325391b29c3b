package io.zhian.supervision.inspection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;

/**
 * The wrong fields of one request, the first problem of each, so that a form can show every one under its
 * field; {@link #throwIfAny} then refuses the whole request with one numbered code and the list in
 * {@code errors}.
 */
final class Refusal {

	private final Problems problems;
	private final Map<String, Map<String, String>> errors = new LinkedHashMap<>();

	Refusal(Problems problems) {
		this.problems = problems;
	}

	void add(String field, ErrorCode reason, Object... arguments) {
		errors.putIfAbsent(field, Map.of("field", field, "code", reason.code(), "message",
				problems.detail(reason, LocaleContextHolder.getLocale(), arguments)));
	}

	/** Checks a text field; answers it stripped, or null when blank. */
	String text(String field, String value, boolean required, int maxLength) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null && required) {
			add(field, ErrorCode.FIELD_REQUIRED);
		}
		else if (text != null && text.length() > maxLength) {
			add(field, ErrorCode.FIELD_TOO_LONG, maxLength);
		}
		return text;
	}

	void throwIfAny(ErrorCode code) {
		if (!errors.isEmpty()) {
			String summary = errors.values().stream().map(e -> e.get("field") + ": " + e.get("message"))
				.collect(Collectors.joining("; "));
			throw new ZhianException(code, Map.of("errors", List.copyOf(errors.values())), summary);
		}
	}
}
