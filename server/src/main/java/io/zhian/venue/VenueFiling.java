package io.zhian.venue;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts a venue files with the police (备案), as the applicant enters them and as police correct them.
 * Which of them are key fields (changed only through review) is decided by {@link VenueField}.
 *
 * @param licenceNumber unified social credit code (统一社会信用代码) or licence number (许可证号)
 * @param trades codes of the {@code trade} table; the first decides the letter of the venue code
 * @param regionCode GB/T 2260 code of the address
 * @param stationUnitId the police station (派出所) that supervises the venue
 * @param responsibleOfficerId the responsible officer (责任民警), a police user of that station; set by police
 * @param economicType code of the {@code economic-type} table
 */
public record VenueFiling(String name, String licenceNumber, List<String> trades, String regionCode, String address,
		Long stationUnitId, Long responsibleOfficerId, String legalRepName, String legalRepDocumentType,
		String legalRepDocumentNumber, String legalRepPhone, String securityOfficerName, String securityOfficerPhone,
		String economicType, LocalDate openedOn) {

	public VenueFiling {
		trades = trades == null ? List.of() : trades.stream().map(VenueFiling::trim).toList();
		name = trim(name);
		licenceNumber = trim(licenceNumber);
		regionCode = trim(regionCode);
		address = trim(address);
		legalRepName = trim(legalRepName);
		legalRepDocumentType = trim(legalRepDocumentType);
		legalRepDocumentNumber = trim(legalRepDocumentNumber);
		legalRepPhone = trim(legalRepPhone);
		securityOfficerName = trim(securityOfficerName);
		securityOfficerPhone = trim(securityOfficerPhone);
		economicType = trim(economicType);
	}

	/** This filing with the key fields taken from {@code proposal}: what an approved change request yields. */
	VenueFiling withKeyFieldsOf(VenueFiling proposal) {
		return new VenueFiling(proposal.name, proposal.licenceNumber, proposal.trades, proposal.regionCode,
				proposal.address, stationUnitId, responsibleOfficerId, proposal.legalRepName,
				proposal.legalRepDocumentType, proposal.legalRepDocumentNumber, proposal.legalRepPhone,
				securityOfficerName, securityOfficerPhone, economicType, openedOn);
	}

	/** This filing with station and responsible officer kept from {@code current}: only police assign them. */
	VenueFiling withPoliceFieldsOf(VenueFiling current) {
		return new VenueFiling(name, licenceNumber, trades, regionCode, address, current.stationUnitId,
				current.responsibleOfficerId, legalRepName, legalRepDocumentType, legalRepDocumentNumber,
				legalRepPhone, securityOfficerName, securityOfficerPhone, economicType, openedOn);
	}

	/** An applicant chooses the station but never the responsible officer; the station assigns one. */
	VenueFiling withoutOfficer() {
		return new VenueFiling(name, licenceNumber, trades, regionCode, address, stationUnitId, null, legalRepName,
				legalRepDocumentType, legalRepDocumentNumber, legalRepPhone, securityOfficerName,
				securityOfficerPhone, economicType, openedOn);
	}

	VenueFiling withOfficer(Long officerId) {
		return new VenueFiling(name, licenceNumber, trades, regionCode, address, stationUnitId, officerId,
				legalRepName, legalRepDocumentType, legalRepDocumentNumber, legalRepPhone, securityOfficerName,
				securityOfficerPhone, economicType, openedOn);
	}

	private static String trim(String value) {
		if (value == null) {
			return null;
		}
		String trimmed = value.strip();
		return trimmed.isEmpty() ? null : trimmed;
	}
}
