package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.zhian.reference.IdNumbers;

/**
 * A penalty as the API shows it.
 *
 * @param venue the venue penalised, or where the penalised person offended; null for a person without one
 * @param person the person penalised; null for a venue penalty. Its number is masked unless the reader holds
 *        the full view
 * @param jurisdiction the unit whose data scope the penalty falls in: the venue's station, else the deciding unit
 * @param district the district bureau above the jurisdiction (null for the city bureau itself)
 * @param editable whether the reader's unit recorded it, and so may edit or delete it
 */
public record Penalty(long id, String decisionNumber, PenaltySubject subjectKind, VenueRef venue, Person person,
		String penaltyType, String legalBasis, String reason, LocalDate decidedOn, BigDecimal amount,
		UnitRef decidingUnit, UnitRef jurisdiction, UnitRef district, UnitRef recordedUnit, String recorderName,
		Instant recordedAt, Instant updatedAt, boolean editable) {

	public record Person(String documentType, String documentNumber, String name) {
	}

	Penalty masked() {
		if (person == null) {
			return this;
		}
		return new Penalty(id, decisionNumber, subjectKind, venue,
				new Person(person.documentType(), IdNumbers.mask(person.documentNumber()), person.name()), penaltyType,
				legalBasis, reason, decidedOn, amount, decidingUnit, jurisdiction, district, recordedUnit, recorderName,
				recordedAt, updatedAt, editable);
	}
}
