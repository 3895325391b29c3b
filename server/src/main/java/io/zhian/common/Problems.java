package io.zhian.common;

import java.net.URI;
import java.util.Locale;
import java.util.Map;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an {@link ErrorCode} into an RFC 9457 problem with its localised title and detail. Used by the
 * MVC exception handler and by the security filters, which answer before MVC is reached.
 */
@Component
public class Problems {

	public static final String TYPE_BASE = "https://zhian.io/errors/";

	private final MessageSource messages;
	private final JsonMapper json;
	private final LocaleResolver locales;

	public Problems(MessageSource messages, JsonMapper json, LocaleResolver locales) {
		this.messages = messages;
		this.json = json;
		this.locales = locales;
	}

	/** Writes a problem straight to the response, for filters that answer before MVC is reached. */
	public void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, Object... arguments)
			throws IOException {
		write(request, response, of(code, locales.resolveLocale(request), arguments));
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

	public ProblemDetail of(ErrorCode code, Locale locale, Object... arguments) {
		ProblemDetail problem = ProblemDetail.forStatus(code.status());
		problem.setType(URI.create(TYPE_BASE + code.code()));
		problem.setTitle(message(code.code() + ".title", locale));
		problem.setDetail(messages.getMessage(code.code(), arguments, locale));
		problem.setProperty("code", code.code());
		return problem;
	}

	public ProblemDetail of(ZhianException exception, Locale locale) {
		ProblemDetail problem = of(exception.errorCode(), locale, exception.arguments());
		for (Map.Entry<String, Object> property : exception.properties().entrySet()) {
			problem.setProperty(property.getKey(), property.getValue());
		}
		return problem;
	}

	/**
	 * The detail message of a code in the given language, for answers that report a problem without failing
	 * (e.g. the reason of an invalid identity check).
	 */
	public String detail(ErrorCode code, Locale locale, Object... arguments) {
		return messages.getMessage(code.code(), arguments, locale);
	}

	/** A message by key in the given language, for texts that are not errors (role names, field labels). */
	public String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}
}
