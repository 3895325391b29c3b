package io.zhian.search;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.zhian.audit.AuditRecord;

/**
 * A person search as the caller asked it; every criterion optional, any combination.
 *
 * @param prefix the document number is the start of numbers (at least 6 characters); also assumed when a citizen
 * ID number is shorter than its 18 digits
 * @param fuzzySound with {@link NameMatch#HOMOPHONE}: also names that sound alike once z/zh, n/l, an/ang… are
 * merged
 * @param latinName part of a foreigner's Latin name (surname and given names)
 * @param regionCode region of origin: a province (2 digits), city (4) or county (6)
 * @param unitId a police unit (district or station): venues of that unit and below
 */
public record PartyCriteria(String documentType, String documentNumber, boolean prefix, String name,
		NameMatch nameMatch, boolean fuzzySound, String latinName, LocalDate birthFrom, LocalDate birthTo, String sex,
		String nationality, String regionCode, Long venueId, Long unitId, String trade, String kind,
		OffsetDateTime from, OffsetDateTime to) {

	public PartyCriteria {
		nameMatch = nameMatch == null ? NameMatch.EXACT : nameMatch;
	}

	boolean hasDocumentNumber() {
		return documentNumber != null && !documentNumber.isBlank();
	}

	boolean hasName() {
		return name != null && !name.isBlank();
	}

	/** The criteria for the audit trail, as typed (the trail is where a search must be traceable). */
	String describe() {
		return AuditRecord.criteria("documentType", documentType, "documentNumber", documentNumber, "prefix",
				prefix ? "true" : null, "name", name, "nameMatch", hasName() ? nameMatch : null, "fuzzySound",
				fuzzySound ? "true" : null, "latinName", latinName, "birthFrom", birthFrom, "birthTo", birthTo, "sex",
				sex, "nationality", nationality, "regionCode", regionCode, "venue", venueId, "unit", unitId, "trade",
				trade, "kind", kind, "from", from, "to", to);
	}
}
