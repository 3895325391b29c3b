package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.common.Problems;
import io.zhian.org.Unit;
import io.zhian.reference.CodeEntry;
import io.zhian.reference.IdCheck;
import io.zhian.reference.IdNumbers;
import io.zhian.venue.Venue;

/**
 * Checks a penalty field by field (ZA-9050 lists every wrong field): the subject and its venue within the
 * officer's reach, the person's document by the reference module's ID rules, the type and whether its amount
 * is required or meaningless, the dates, and the deciding unit.
 */
@Component
class PenaltyValidator {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	/** Fines beyond this are typing mistakes, not penalties (the column holds far more). */
	private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

	private final Reach reach;
	private final PenaltyTypes types;
	private final IdNumbers ids;
	private final Problems problems;
	private final Clock clock;

	PenaltyValidator(Reach reach, PenaltyTypes types, IdNumbers ids, Problems problems, Clock clock) {
		this.reach = reach;
		this.types = types;
		this.ids = ids;
		this.problems = problems;
		this.clock = clock;
	}

	ValidPenalty check(Actor actor, PenaltyForm f) {
		FieldProblems errors = new FieldProblems(problems);
		Venue venue = null;
		if (f.venueId() != null) {
			venue = reach.venue(actor, f.venueId()).orElse(null);
			if (venue == null) {
				errors.add("venueId", ErrorCode.VENUE_NOT_FOUND, f.venueId());
			}
		}
		else if (f.subjectKind() == PenaltySubject.VENUE) {
			errors.add("venueId", ErrorCode.FIELD_REQUIRED);
		}
		String documentNumber = null;
		String name = null;
		if (errors.required("subjectKind", f.subjectKind()) && f.subjectKind() == PenaltySubject.PERSON) {
			documentNumber = document(errors, f.personDocumentType(), f.personDocumentNumber());
			name = errors.text("personName", f.personName(), true, 100);
		}
		CodeEntry type = type(errors, f);
		amount(errors, type, f.amount());
		String basis = errors.text("legalBasis", f.legalBasis(), true, 500);
		String reason = errors.text("reason", f.reason(), true, 2000);
		String number = errors.text("decisionNumber", f.decisionNumber(), true, 64);
		if (errors.required("decidedOn", f.decidedOn()) && f.decidedOn().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
			errors.add("decidedOn", ErrorCode.DATE_IN_FUTURE, f.decidedOn());
		}
		long decidingUnitId = f.decidingUnitId() == null ? Reach.ownUnit(actor) : f.decidingUnitId();
		Unit deciding = reach.unit(actor, decidingUnitId).orElse(null);
		if (deciding == null) {
			errors.add("decidingUnitId", ErrorCode.UNIT_NOT_FOUND, decidingUnitId);
		}
		errors.throwIfAny(ErrorCode.PENALTY_INVALID);
		boolean person = f.subjectKind() == PenaltySubject.PERSON;
		return new ValidPenalty(f.subjectKind(), f.venueId(), person ? f.personDocumentType() : null,
				documentNumber, name, f.penaltyType(), basis, reason, f.decidedOn(), number,
				f.amount() == null ? null : f.amount().setScale(2, RoundingMode.HALF_UP), deciding.id(),
				venue != null ? venue.stationUnitId() : deciding.id());
	}

	/** The person's document number as the reference module normalises it, or null after recording the fault. */
	private String document(FieldProblems errors, String type, String number) {
		boolean typeGiven = errors.required("personDocumentType", type);
		boolean numberGiven = errors.required("personDocumentNumber", number);
		if (!typeGiven || !numberGiven) {
			return null;
		}
		IdCheck check = ids.check(type, number);
		if (!check.valid()) {
			String field = check.reason() == ErrorCode.DOCUMENT_TYPE_UNKNOWN ? "personDocumentType"
					: "personDocumentNumber";
			errors.add(field, check.reason(), check.reasonArguments().toArray());
			return null;
		}
		return check.normalizedNumber();
	}

	private CodeEntry type(FieldProblems errors, PenaltyForm f) {
		if (!errors.required("penaltyType", f.penaltyType())) {
			return null;
		}
		CodeEntry type = types.find(f.penaltyType()).orElse(null);
		if (type == null) {
			errors.add("penaltyType", ErrorCode.CODE_UNKNOWN, PenaltyTypes.TABLE, f.penaltyType());
		}
		else if (f.subjectKind() != null && !PenaltyTypes.allows(type, f.subjectKind())) {
			errors.add("penaltyType", ErrorCode.PENALTY_TYPE_NOT_FOR_SUBJECT, name(type), subject(f.subjectKind()));
		}
		return type;
	}

	private static boolean english() {
		return "en".equals(LocaleContextHolder.getLocale().getLanguage());
	}

	/** The type's name in the reader's language, for the messages that name it. */
	private static String name(CodeEntry type) {
		return english() && type.nameEn() != null ? type.nameEn() : type.name();
	}

	private static String subject(PenaltySubject subject) {
		return switch (subject) {
			case VENUE -> english() ? "venue" : "场所";
			case PERSON -> english() ? "person" : "个人";
		};
	}

	private static void amount(FieldProblems errors, CodeEntry type, BigDecimal amount) {
		if (amount != null && (amount.signum() <= 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.scale() > 2)) {
			errors.add("amount", ErrorCode.INVALID_FIELD_VALUE, "amount", amount.toPlainString(),
					"amount in yuan (0.01 – 100000000)");
			return;
		}
		if (type == null) {
			return;
		}
		switch (PenaltyTypes.amount(type)) {
			case REQUIRED -> {
				if (amount == null) {
					errors.add("amount", ErrorCode.PENALTY_AMOUNT_REQUIRED, name(type));
				}
			}
			case NONE -> {
				if (amount != null) {
					errors.add("amount", ErrorCode.PENALTY_AMOUNT_NOT_APPLICABLE, name(type));
				}
			}
			case OPTIONAL -> {
			}
		}
	}
}
