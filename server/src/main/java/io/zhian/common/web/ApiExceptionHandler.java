package io.zhian.common.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Maps every failure to a numbered problem+json answer. Bad input is always a precise 4xx: the client is
 * told which field was wrong and why; only a genuine fault of ours is a 500, and it is logged.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Problems problems;

	public ApiExceptionHandler(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(ZhianException.class)
	ResponseEntity<ProblemDetail> zhian(ZhianException e, HttpServletRequest request) {
		return answer(problems.of(e, locale()), request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		BodyTooLargeException tooLarge = causeOf(e, BodyTooLargeException.class);
		if (tooLarge != null) {
			return answer(problems.of(ErrorCode.BODY_TOO_LARGE, locale(), tooLarge.limit()), request);
		}
		InvalidFormatException invalid = causeOf(e, InvalidFormatException.class);
		if (invalid != null) {
			String field = path(invalid);
			Class<?> target = invalid.getTargetType();
			if (target != null && target.isEnum()) {
				String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
					.collect(Collectors.joining(", "));
				return answer(problems.of(ErrorCode.UNKNOWN_ENUM_VALUE, locale(), field, invalid.getValue(), allowed),
						request);
			}
			return answer(problems.of(ErrorCode.INVALID_FIELD_VALUE, locale(), field, invalid.getValue(),
					typeName(target)), request);
		}
		MismatchedInputException mismatched = causeOf(e, MismatchedInputException.class);
		if (mismatched != null && !mismatched.getPath().isEmpty()) {
			return answer(problems.of(ErrorCode.INVALID_FIELD_VALUE, locale(), path(mismatched), "?",
					typeName(mismatched.getTargetType())), request);
		}
		StreamReadException syntax = causeOf(e, StreamReadException.class);
		String where = syntax != null && syntax.getLocation() != null
				? syntax.getLocation().getLineNr() + ":" + syntax.getLocation().getColumnNr() : "-";
		return answer(problems.of(ErrorCode.MALFORMED_JSON, locale(), where), request);
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : e.getBindingResult().getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage())));
		}
		e.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(Map.of("field", "", "message", String.valueOf(error.getDefaultMessage()))));
		ProblemDetail problem = problems.of(ErrorCode.VALIDATION_FAILED, locale(), describe(errors));
		problem.setProperty("errors", errors);
		return answer(problem, request);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		e.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(Map.of("field", String.valueOf(result.getMethodParameter().getParameterName()),
					"message", String.valueOf(error.getDefaultMessage())))));
		ProblemDetail problem = problems.of(ErrorCode.VALIDATION_FAILED, locale(), describe(errors));
		problem.setProperty("errors", errors);
		return answer(problem, request);
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> violated(ConstraintViolationException e, HttpServletRequest request) {
		List<Map<String, String>> errors = e.getConstraintViolations().stream()
			.map(v -> Map.of("field", v.getPropertyPath().toString(), "message", v.getMessage()))
			.toList();
		ProblemDetail problem = problems.of(ErrorCode.VALIDATION_FAILED, locale(), describe(errors));
		problem.setProperty("errors", errors);
		return answer(problem, request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
		Class<?> target = e.getRequiredType();
		if (target != null && target.isEnum()) {
			String allowed = Arrays.stream(target.getEnumConstants()).map(Object::toString)
				.collect(Collectors.joining(", "));
			return answer(problems.of(ErrorCode.UNKNOWN_ENUM_VALUE, locale(), e.getName(), e.getValue(), allowed),
					request);
		}
		return answer(problems.of(ErrorCode.INVALID_PARAMETER, locale(), e.getName(), e.getValue(), typeName(target)),
				request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
		return answer(problems.of(ErrorCode.MISSING_PARAMETER, locale(), e.getParameterName()), request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
		return answer(problems.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, locale(), String.valueOf(e.getContentType())),
				request);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<ProblemDetail> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
		return answer(problems.of(ErrorCode.NOT_ACCEPTABLE, locale()), request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		return answer(problems.of(ErrorCode.METHOD_NOT_ALLOWED, locale(), e.getMethod()), request);
	}

	@ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
	ResponseEntity<ProblemDetail> notFound(Exception e, HttpServletRequest request) {
		return answer(problems.of(ErrorCode.NOT_FOUND, locale(), request.getRequestURI()), request);
	}

	@ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
	ResponseEntity<ProblemDetail> denied(Exception e, HttpServletRequest request) {
		return answer(problems.of(ErrorCode.ACCESS_DENIED, locale()), request);
	}

	// TransactionSystemException: a commit or rollback on a connection the database has dropped.
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransactionSystemException.class })
	ResponseEntity<ProblemDetail> databaseDown(Exception e, HttpServletRequest request) {
		log.warn("Database unavailable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
		return answer(problems.of(ErrorCode.DATABASE_UNAVAILABLE, locale()), request);
	}

	// A live stream (the alarm inbox) whose browser went away: nobody is left to answer, and nothing is wrong.
	@ExceptionHandler(AsyncRequestNotUsableException.class)
	void clientGone(AsyncRequestNotUsableException e, HttpServletRequest request) {
		log.debug("Client left {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
		log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
		return answer(problems.of(ErrorCode.INTERNAL_ERROR, locale()), request);
	}

	private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem, HttpServletRequest request) {
		problem.setInstance(java.net.URI.create(request.getRequestURI()));
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	private static String describe(List<Map<String, String>> errors) {
		return errors.stream().map(e -> (e.get("field").isEmpty() ? "" : e.get("field") + ": ") + e.get("message"))
			.collect(Collectors.joining("; "));
	}

	private static String path(JacksonException e) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : e.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "(body)" : path.toString();
	}

	private static String typeName(Class<?> type) {
		if (type == null) {
			return "?";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "boolean";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "string";
		}
		if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
			return "date-time";
		}
		if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "array";
		}
		return "object";
	}

	private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}
}
