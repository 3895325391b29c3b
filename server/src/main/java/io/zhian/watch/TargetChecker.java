package io.zhian.watch;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.reference.IdCheck;
import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKeys;

/**
 * Checks and normalises what a watch entry targets, the same way for an entry typed in the console and for a
 * row of an imported list: document numbers by the national rules (a wanted list is authoritative, so a
 * number that fails them is an error of the list), VIN and IMEI by their formats.
 */
@Component
class TargetChecker {

	private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
	private static final Pattern IMEI = Pattern.compile("[0-9]{14,16}");
	private static final Pattern PHONE = Pattern.compile("[0-9]{5,20}");

	private final IdNumbers idNumbers;

	TargetChecker(IdNumbers idNumbers) {
		this.idNumbers = idNumbers;
	}

	/** The normalised target, or null with the problems added to {@code problems}. */
	Target check(TargetInput in, List<FieldProblem> problems) {
		int before = problems.size();
		TargetType type = type(in.targetType(), problems);
		if (type == null) {
			return null;
		}
		String documentType = text("documentType", in.documentType(), 8, problems);
		String number = text("documentNumber", in.documentNumber(), 40, problems);
		String name = text("name", in.name(), 100, problems);
		LocalDate birthDate = date("birthDate", in.birthDate(), problems);
		String plate = compact("plate", in.plate(), 16, problems);
		String vin = compact("vin", in.vin(), 17, problems);
		String imei = compact("imei", in.imei(), 20, problems);
		String serial = compact("serialNumber", in.serialNumber(), 64, problems);
		String itemCategory = text("itemCategory", in.itemCategory(), 32, problems);
		String description = text("description", in.description(), 300, problems);
		String phone = text("phone", in.phone(), 32, problems);
		if (number != null && documentType == null) {
			problems.add(new FieldProblem("documentType", ErrorCode.FIELD_REQUIRED));
		}
		if (number != null && documentType != null) {
			IdCheck id = idNumbers.check(documentType, number);
			if (id.valid()) {
				number = id.normalizedNumber();
			}
			else {
				String field = id.reason() == ErrorCode.DOCUMENT_TYPE_UNKNOWN ? "documentType" : "documentNumber";
				problems.add(new FieldProblem(field, id.reason(), id.reasonArguments().toArray()));
			}
		}
		format("vin", vin, VIN, "VIN (17 letters and digits, no I, O, Q)", problems);
		format("imei", imei, IMEI, "IMEI (14 to 16 digits)", problems);
		String phoneDigits = phone == null ? null : phone.replaceAll("[^0-9]", "");
		format("phone", phoneDigits, PHONE, "phone number", problems);
		boolean complete = switch (type) {
			case PERSON -> (documentType != null && number != null) || (name != null && birthDate != null);
			case VEHICLE -> plate != null || vin != null;
			case ITEM -> imei != null || serial != null || (itemCategory != null && description != null);
			case PHONE -> phone != null;
		};
		if (!complete) {
			problems.add(new FieldProblem("targetType", ErrorCode.WATCH_TARGET_INCOMPLETE, type, needs(type)));
		}
		if (problems.size() > before) {
			return null;
		}
		return new Target(type, number == null ? null : documentType, number, name == null ? null : NameKeys.normalize(name),
				birthDate, plate, vin, imei, serial, itemCategory, description, phoneDigits);
	}

	private static String needs(TargetType type) {
		return switch (type) {
			case PERSON -> "documentType + documentNumber, or name + birthDate";
			case VEHICLE -> "plate or vin";
			case ITEM -> "imei, serialNumber, or itemCategory + description";
			case PHONE -> "phone";
		};
	}

	private static TargetType type(String raw, List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			problems.add(new FieldProblem("targetType", ErrorCode.FIELD_REQUIRED));
			return null;
		}
		try {
			return TargetType.valueOf(raw.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(new FieldProblem("targetType", ErrorCode.WATCH_TARGET_TYPE_UNKNOWN, raw));
			return null;
		}
	}

	private static String text(String field, String raw, int max, List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String value = raw.strip();
		if (value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, ErrorCode.FIELD_TOO_LONG, max));
		}
		return value;
	}

	private static String compact(String field, String raw, int max, List<FieldProblem> problems) {
		String value = WatchKeys.compact(raw);
		if (value != null && value.codePointCount(0, value.length()) > max) {
			problems.add(new FieldProblem(field, ErrorCode.FIELD_TOO_LONG, max));
		}
		return value;
	}

	private static LocalDate date(String field, String raw, List<FieldProblem> problems) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException e) {
			problems.add(new FieldProblem(field, ErrorCode.FIELD_FORMAT, field, raw, "date (yyyy-MM-dd)"));
			return null;
		}
	}

	private static void format(String field, String value, Pattern pattern, String what, List<FieldProblem> problems) {
		if (value != null && !pattern.matcher(value).matches()) {
			problems.add(new FieldProblem(field, ErrorCode.FIELD_FORMAT, field, value, what));
		}
	}
}
