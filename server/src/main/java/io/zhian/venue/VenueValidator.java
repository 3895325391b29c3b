package io.zhian.venue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.reference.CodeEntry;
import io.zhian.reference.CodeTables;
import io.zhian.reference.IdCheck;
import io.zhian.reference.IdNumbers;

/**
 * Checks a filing field by field against the code tables, the ID-number rules and the jurisdiction tree,
 * reporting every wrong field at once (ZA-5001). Answers the filing with the legal representative's document
 * number normalised, which is what gets stored.
 */
@Component
class VenueValidator {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final CodeTables codes;
	private final IdNumbers ids;
	private final Jurisdiction jurisdiction;
	private final Problems problems;
	private final Clock clock;

	VenueValidator(CodeTables codes, IdNumbers ids, Jurisdiction jurisdiction, Problems problems, Clock clock) {
		this.codes = codes;
		this.ids = ids;
		this.jurisdiction = jurisdiction;
		this.problems = problems;
		this.clock = clock;
	}

	VenueFiling check(VenueFiling f) {
		FieldErrors errors = new FieldErrors(problems);
		text(errors, "name", f.name(), 200);
		text(errors, "licenceNumber", f.licenceNumber(), 64);
		if (errors.required("trades", f.trades())) {
			for (String trade : f.trades()) {
				code(errors, "trades", CodeTables.TRADE, trade);
			}
		}
		if (errors.required("regionCode", f.regionCode())) {
			code(errors, "regionCode", CodeTables.REGION, f.regionCode());
		}
		text(errors, "address", f.address(), 300);
		if (errors.required("stationUnitId", f.stationUnitId())) {
			jurisdiction.station(f.stationUnitId()).ifPresentOrElse(station -> {
				if (f.responsibleOfficerId() != null && !jurisdiction.isOfficerOf(f.responsibleOfficerId(), station)) {
					errors.add("responsibleOfficerId", ErrorCode.OFFICER_INVALID, f.responsibleOfficerId());
				}
			}, () -> errors.add("stationUnitId", ErrorCode.STATION_INVALID, f.stationUnitId()));
		}
		text(errors, "legalRepName", f.legalRepName(), 100);
		String number = document(errors, "legalRepDocumentType", "legalRepDocumentNumber", f.legalRepDocumentType(),
				f.legalRepDocumentNumber());
		phone(errors, "legalRepPhone", f.legalRepPhone(), true);
		text(errors, "securityOfficerName", f.securityOfficerName(), 100);
		phone(errors, "securityOfficerPhone", f.securityOfficerPhone(), true);
		if (f.economicType() != null) {
			code(errors, "economicType", CodeTables.ECONOMIC_TYPE, f.economicType());
		}
		notInFuture(errors, "openedOn", f.openedOn());
		errors.throwIfAny();
		return new VenueFiling(f.name(), f.licenceNumber(), f.trades(), f.regionCode(), f.address(),
				f.stationUnitId(), f.responsibleOfficerId(), f.legalRepName(), f.legalRepDocumentType(), number,
				f.legalRepPhone(), f.securityOfficerName(), f.securityOfficerPhone(), f.economicType(),
				f.openedOn());
	}

	FieldErrors errors() {
		return new FieldErrors(problems);
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), CHINA);
	}

	static void text(FieldErrors errors, String field, String value, int max) {
		if (errors.required(field, value)) {
			errors.maxLength(field, value, max);
		}
	}

	/** A current (not retired) code of the table; answers the entry or null. */
	CodeEntry code(FieldErrors errors, String field, String table, String code) {
		CodeEntry entry = codes.find(table, code).filter(e -> !e.retired()).orElse(null);
		if (entry == null) {
			errors.add(field, ErrorCode.CODE_UNKNOWN, table, code);
		}
		return entry;
	}

	/**
	 * Checks a document with reference's ID-number rules; answers the check when valid (so callers can use the
	 * sex and birth date a citizen ID encodes), null otherwise.
	 */
	IdCheck checkDocument(FieldErrors errors, String typeField, String numberField, String type, String number) {
		boolean typeGiven = errors.required(typeField, type);
		boolean numberGiven = errors.required(numberField, number);
		if (!typeGiven || !numberGiven) {
			return null;
		}
		IdCheck check = ids.check(type, number);
		if (!check.valid()) {
			String field = check.reason() == ErrorCode.DOCUMENT_TYPE_UNKNOWN ? typeField : numberField;
			errors.add(field, check.reason(), check.reasonArguments().toArray());
			return null;
		}
		return check;
	}

	private String document(FieldErrors errors, String typeField, String numberField, String type, String number) {
		IdCheck check = checkDocument(errors, typeField, numberField, type, number);
		return check == null ? number : check.normalizedNumber();
	}

	static void phone(FieldErrors errors, String field, String value, boolean required) {
		if (value == null) {
			if (required) {
				errors.add(field, ErrorCode.FIELD_REQUIRED);
			}
			return;
		}
		long digits = value.chars().filter(Character::isDigit).count();
		boolean form = value.chars().allMatch(c -> Character.isDigit(c) || c == '+' || c == '-' || c == ' ');
		if (!form || digits < 7 || digits > 20) {
			errors.add(field, ErrorCode.PHONE_INVALID);
		}
	}

	void notInFuture(FieldErrors errors, String field, LocalDate date) {
		if (date != null && date.isAfter(today())) {
			errors.add(field, ErrorCode.DATE_IN_FUTURE, date);
		}
	}
}
