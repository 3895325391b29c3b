package io.zhian.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The wrong fields of one form, the first problem of each, so that the form can show every one under its field
 * at once; {@link #throwIfAny} then refuses the whole request with one numbered code whose {@code errors} list
 * each field with its own numbered reason and message in the caller's language.
 */
public final class FieldProblems {

	private final Problems problems;
	private final Map<String, Map<String, String>> byField = new LinkedHashMap<>();

	public FieldProblems(Problems problems) {
		this.problems = problems;
	}

	public void add(String field, ErrorCode reason, Object... arguments) {
		byField.putIfAbsent(field, Map.of("field", field, "code", reason.code(), "message",
				problems.detail(reason, LocaleContextHolder.getLocale(), arguments)));
	}

	/** Records a missing value (null or blank text); answers whether it was present. */
	public boolean required(String field, Object value) {
		if (value == null || (value instanceof String s && s.isBlank())) {
			add(field, ErrorCode.FIELD_REQUIRED);
			return false;
		}
		return true;
	}

	/** Checks a text field; answers it stripped, or null when blank. */
	public String text(String field, String value, boolean required, int maxLength) {
		String text = value == null || value.isBlank() ? null : value.strip();
		if (text == null && required) {
			add(field, ErrorCode.FIELD_REQUIRED);
		}
		else if (text != null && text.length() > maxLength) {
			add(field, ErrorCode.FIELD_TOO_LONG, maxLength);
		}
		return text;
	}

	public void throwIfAny(ErrorCode refusal) {
		if (!byField.isEmpty()) {
			String summary = byField.values().stream().map(e -> e.get("field") + ": " + e.get("message"))
				.collect(Collectors.joining("; "));
			throw new ZhianException(refusal, Map.of("errors", List.copyOf(byField.values())), summary);
		}
	}
}
