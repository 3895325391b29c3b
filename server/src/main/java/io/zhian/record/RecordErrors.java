package io.zhian.record;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.zhian.common.Problems;

/** Renders record errors for a reader: {@code {"field","code","message"}} in the reader's language. */
@Component
class RecordErrors {

	static final String PROPERTY = "errors";

	private final Problems problems;

	RecordErrors(Problems problems) {
		this.problems = problems;
	}

	List<Map<String, String>> render(List<RecordError> errors, Locale locale) {
		return errors.stream().map(error -> {
			Map<String, String> out = new LinkedHashMap<>();
			out.put("field", error.field());
			out.put("code", error.code().code());
			out.put("message", problems.detail(error.code(), locale, error.arguments().toArray()));
			return out;
		}).toList();
	}

	/** ZA-6003 carrying every error of the record, rendered in the current request's language. */
	RecordRefused refused(List<RecordError> errors) {
		Locale locale = LocaleContextHolder.getLocale();
		String summary = errors.stream().map(e -> e.field() + " " + e.code().code()).collect(Collectors.joining("; "));
		return new RecordRefused(errors, render(errors, locale), summary);
	}
}
