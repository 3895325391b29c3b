package io.zhian.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.reference.CodeTables;
import io.zhian.trade.FieldSpec;

/**
 * Reads one declared field's JSON value into its stored form, or names what is wrong with it. Codes are
 * resolved through the code table, so a legacy code with a mapping is stored as its standard code.
 */
final class FieldValues {

	private final CodeTables codes;

	FieldValues(CodeTables codes) {
		this.codes = codes;
	}

	/** The value to store, or null when absent or wrong (the error is then added to {@code errors}). */
	Object read(FieldSpec spec, String path, Object raw, boolean required, List<RecordError> errors) {
		if (raw == null || raw instanceof String s && s.isBlank()) {
			if (required) {
				errors.add(RecordError.of(path, ErrorCode.FIELD_REQUIRED));
			}
			return null;
		}
		return switch (spec.type()) {
			case TEXT -> text(path, raw, spec.maxLength(), errors);
			case CODE -> code(spec.codeTable(), path, raw, errors);
			// Stored in JSON attributes as their ISO text.
			case DATE -> text(date(path, raw, errors));
			case DATE_TIME -> text(dateTime(path, raw, errors));
			case INTEGER -> raw instanceof Integer || raw instanceof Long ? raw : wrong(path, raw, "integer", errors);
			case DECIMAL -> raw instanceof Number n ? new BigDecimal(n.toString())
					: wrong(path, raw, "decimal", errors);
			case BOOLEAN -> raw instanceof Boolean ? raw : wrong(path, raw, "true/false", errors);
			// Whose photo it is, is checked with the whole record (RecordPhotos): here only that it is an id.
			case PHOTO -> raw instanceof Integer || raw instanceof Long ? ((Number) raw).longValue()
					: wrong(path, raw, "file id", errors);
		};
	}

	/**
	 * The declared fields under {@code path} (a record's, a party's, a vehicle's or an item's attributes): each
	 * read by its spec, an undeclared one refused rather than silently dropped.
	 */
	Map<String, Object> attributes(String path, List<FieldSpec> declared, Map<String, Object> given,
			Predicate<FieldSpec> required, List<RecordError> errors) {
		Map<String, Object> checked = new LinkedHashMap<>();
		for (String name : given.keySet()) {
			if (declared.stream().noneMatch(spec -> spec.name().equals(name))) {
				errors.add(RecordError.of(path + "." + name, ErrorCode.FIELD_UNKNOWN, path + "." + name));
			}
		}
		for (FieldSpec spec : declared) {
			Object value = read(spec, path + "." + spec.name(), given.get(spec.name()), required.test(spec), errors);
			if (value != null) {
				checked.put(spec.name(), value);
			}
		}
		return checked;
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

	static String text(String path, Object raw, int maxLength, List<RecordError> errors) {
		if (raw == null) {
			return null;
		}
		if (!(raw instanceof String s)) {
			return (String) wrong(path, raw, "text", errors);
		}
		String trimmed = s.strip();
		if (maxLength > 0 && trimmed.codePointCount(0, trimmed.length()) > maxLength) {
			errors.add(RecordError.of(path, ErrorCode.FIELD_TOO_LONG, maxLength));
			return null;
		}
		return trimmed;
	}

	String code(String table, String path, Object raw, List<RecordError> errors) {
		String code = text(path, raw, 32, errors);
		if (code == null) {
			return null;
		}
		try {
			return codes.resolve(table, code, null).code();
		}
		catch (ZhianException unknown) {
			errors.add(RecordError.of(path, ErrorCode.CODE_UNKNOWN, table, code));
			return null;
		}
	}

	static LocalDate date(String path, Object raw, List<RecordError> errors) {
		if (raw instanceof String s) {
			try {
				return LocalDate.parse(s.strip());
			}
			catch (DateTimeParseException e) {
				// reported below
			}
		}
		return (LocalDate) wrong(path, raw, "date (2026-11-20)", errors);
	}

	static OffsetDateTime dateTime(String path, Object raw, List<RecordError> errors) {
		if (raw instanceof String s) {
			try {
				return OffsetDateTime.parse(s.strip());
			}
			catch (DateTimeParseException e) {
				// reported below
			}
		}
		return (OffsetDateTime) wrong(path, raw, "date-time (2026-11-20T21:15:00+08:00)", errors);
	}

	private static Object wrong(String path, Object raw, String expected, List<RecordError> errors) {
		errors.add(RecordError.of(path, ErrorCode.FIELD_FORMAT, path, raw, expected));
		return null;
	}
}
