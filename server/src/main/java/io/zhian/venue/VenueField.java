package io.zhian.venue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of a filing and who may change them once the venue is approved: key fields only through a change
 * request that police review (C1: 关键字段), open fields by the enterprise directly, police fields only by police.
 */
enum VenueField {

	NAME("name", Kind.KEY, VenueFiling::name),
	LICENCE_NUMBER("licenceNumber", Kind.KEY, VenueFiling::licenceNumber),
	TRADES("trades", Kind.KEY, f -> String.join(",", f.trades())),
	REGION_CODE("regionCode", Kind.KEY, VenueFiling::regionCode),
	ADDRESS("address", Kind.KEY, VenueFiling::address),
	LEGAL_REP_NAME("legalRepName", Kind.KEY, VenueFiling::legalRepName),
	LEGAL_REP_DOCUMENT_TYPE("legalRepDocumentType", Kind.KEY, VenueFiling::legalRepDocumentType),
	LEGAL_REP_DOCUMENT_NUMBER("legalRepDocumentNumber", Kind.KEY, VenueFiling::legalRepDocumentNumber),
	LEGAL_REP_PHONE("legalRepPhone", Kind.KEY, VenueFiling::legalRepPhone),
	SECURITY_OFFICER_NAME("securityOfficerName", Kind.OPEN, VenueFiling::securityOfficerName),
	SECURITY_OFFICER_PHONE("securityOfficerPhone", Kind.OPEN, VenueFiling::securityOfficerPhone),
	ECONOMIC_TYPE("economicType", Kind.OPEN, VenueFiling::economicType),
	OPENED_ON("openedOn", Kind.OPEN, VenueFiling::openedOn),
	STATION_UNIT_ID("stationUnitId", Kind.POLICE, VenueFiling::stationUnitId),
	RESPONSIBLE_OFFICER_ID("responsibleOfficerId", Kind.POLICE, VenueFiling::responsibleOfficerId);

	enum Kind {
		KEY, OPEN, POLICE
	}

	private final String json;
	private final Kind kind;
	private final Function<VenueFiling, Object> value;

	VenueField(String json, Kind kind, Function<VenueFiling, Object> value) {
		this.json = json;
		this.kind = kind;
		this.value = value;
	}

	String json() {
		return json;
	}

	Kind kind() {
		return kind;
	}

	/** The field's value as history shows it; null when empty. */
	String text(VenueFiling filing) {
		Object v = value.apply(filing);
		String text = v == null ? null : v.toString();
		return text == null || text.isEmpty() ? null : text;
	}

	/** Every field whose value differs between the two filings, in declaration order. */
	static List<FieldChange> diff(VenueFiling before, VenueFiling after) {
		List<FieldChange> changes = new ArrayList<>();
		for (VenueField field : values()) {
			String from = before == null ? null : field.text(before);
			String to = field.text(after);
			if (!Objects.equals(from, to)) {
				changes.add(new FieldChange(field.json, from, to));
			}
		}
		return changes;
	}

	static boolean isKey(String json) {
		for (VenueField field : values()) {
			if (field.json.equals(json)) {
				return field.kind == Kind.KEY;
			}
		}
		return false;
	}
}
