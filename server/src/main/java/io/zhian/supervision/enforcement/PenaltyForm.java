package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A penalty as an officer enters it. A person is named by document and name and may be linked to the venue
 * where the offence happened; a venue penalty needs the venue.
 *
 * @param penaltyType code of the {@code penalty-type} table
 * @param decisionNumber 决定书文号, unique
 * @param amount yuan: required for a fine, refused for types without an amount (warning, detention…)
 * @param decidingUnitId 决定机关; the officer's own unit when absent
 */
public record PenaltyForm(PenaltySubject subjectKind, Long venueId, String personDocumentType,
		String personDocumentNumber, String personName, String penaltyType, String legalBasis, String reason,
		LocalDate decidedOn, String decisionNumber, BigDecimal amount, Long decidingUnitId) {
}
