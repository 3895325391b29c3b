package io.zhian.supervision.enforcement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.common.Problems;
import io.zhian.reference.CodeTables;
import io.zhian.venue.Venue;

/**
 * Checks a case field by field (ZA-9060 lists every wrong field). The venue must lie within the officer's
 * reach, which is the requirement's add rule: a station adds for its own venues, a district for its district's,
 * the city for all.
 */
@Component
class CaseValidator {

	static final String CRIMINAL = "criminal-case-type";
	static final String PUBLIC_ORDER = "public-order-case-type";
	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	/** A case form that passed, texts stripped, with the venue it names. */
	record Valid(Venue venue, String criminalType, String publicOrderType, LocalDate occurredOn, String summary,
			boolean penalised, String handling) {
	}

	private final Reach reach;
	private final CodeTables codes;
	private final Problems problems;
	private final Clock clock;

	CaseValidator(Reach reach, CodeTables codes, Problems problems, Clock clock) {
		this.reach = reach;
		this.codes = codes;
		this.problems = problems;
		this.clock = clock;
	}

	Valid check(Actor actor, CaseForm f) {
		FieldProblems errors = new FieldProblems(problems);
		Venue venue = null;
		if (errors.required("venueId", f.venueId())) {
			venue = reach.venue(actor, f.venueId()).orElse(null);
			if (venue == null) {
				errors.add("venueId", ErrorCode.VENUE_NOT_FOUND, f.venueId());
			}
		}
		String criminal = code(errors, "criminalType", CRIMINAL, f.criminalType());
		String publicOrder = code(errors, "publicOrderType", PUBLIC_ORDER, f.publicOrderType());
		if (blank(f.criminalType()) && blank(f.publicOrderType())) {
			errors.add("criminalType", ErrorCode.CASE_TYPE_REQUIRED);
		}
		if (errors.required("occurredOn", f.occurredOn()) && f.occurredOn().isAfter(LocalDate.now(clock.withZone(CHINA)))) {
			errors.add("occurredOn", ErrorCode.DATE_IN_FUTURE, f.occurredOn());
		}
		String summary = errors.text("summary", f.summary(), true, 2000);
		String handling = errors.text("handling", f.handling(), false, 2000);
		errors.throwIfAny(ErrorCode.CASE_INVALID);
		return new Valid(venue, criminal, publicOrder, f.occurredOn(), summary, Boolean.TRUE.equals(f.penalised()),
				handling);
	}

	private String code(FieldProblems errors, String field, String table, String code) {
		if (blank(code)) {
			return null;
		}
		if (codes.find(table, code).isEmpty()) {
			errors.add(field, ErrorCode.CODE_UNKNOWN, table, code);
		}
		return code;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
