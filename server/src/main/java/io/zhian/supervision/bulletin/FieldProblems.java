package io.zhian.supervision.bulletin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;

/**
 * The wrong fields of one form, the first problem of each, so the publisher sees all of them at once; then one
 * refusal listing them under {@code errors}, each with its own numbered reason.
 */
final class FieldProblems {

	private final Problems problems;
	private final Map<String, Map<String, String>> byField = new LinkedHashMap<>();

	FieldProblems(Problems problems) {
		this.problems = problems;
	}

	void add(String field, ErrorCode reason, Object... arguments) {
		byField.computeIfAbsent(field, f -> Map.of("field", f, "code", reason.code(), "message",
				problems.detail(reason, LocaleContextHolder.getLocale(), arguments)));
	}

	/** Checks a required text and its length; answers the stripped text, or null when it was missing. */
	String text(String field, String value, int maxLength) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			add(field, ErrorCode.FIELD_REQUIRED);
			return null;
		}
		if (text.length() > maxLength) {
			add(field, ErrorCode.FIELD_TOO_LONG, maxLength);
		}
		return text;
	}

	void refuseIfAny(ErrorCode refusal) {
		if (!byField.isEmpty()) {
			String summary = byField.values().stream().map(e -> e.get("field") + ": " + e.get("message"))
				.collect(Collectors.joining("; "));
			throw new ZhianException(refusal, Map.of("errors", List.copyOf(byField.values())), summary);
		}
	}
}
