package io.zhian.supervision.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A penalty form that passed every check, normalised: texts stripped, the document number as the reference
 * module keys it, the jurisdiction unit (the venue's station, else the deciding unit) worked out.
 */
record ValidPenalty(PenaltySubject subjectKind, Long venueId, String personDocumentType, String personDocumentNumber,
		String personName, String penaltyType, String legalBasis, String reason, LocalDate decidedOn,
		String decisionNumber, BigDecimal amount, long decidingUnitId, long jurisdictionUnitId) {
}
