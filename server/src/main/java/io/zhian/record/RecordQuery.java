package io.zhian.record;

import java.time.OffsetDateTime;

/**
 * Filters of the record list; every one optional.
 *
 * @param status {@code OPEN} (not yet ended: guests in the house) or {@code ENDED}
 * @param q an attribute's value (a room), a part of a name or the start of a document number
 * @param attributes exact values of named attributes, e.g. {@code groupId → TG-01}
 * @param objects a vehicle's plate or VIN, an item's IMEI or category: records carrying such a vehicle or item
 */
public record RecordQuery(String trade, String kind, String status, String q, Long venueId,
		java.util.Map<String, String> attributes, OffsetDateTime from, OffsetDateTime to, ObjectCriteria objects) {

	public RecordQuery {
		attributes = attributes == null ? java.util.Map.of() : java.util.Map.copyOf(attributes);
		objects = objects == null ? ObjectCriteria.NONE : objects;
	}

	/** Filters on people and attributes only. */
	public RecordQuery(String trade, String kind, String status, String q, Long venueId,
			java.util.Map<String, String> attributes, OffsetDateTime from, OffsetDateTime to) {
		this(trade, kind, status, q, venueId, attributes, from, to, ObjectCriteria.NONE);
	}

	/**
	 * Vehicle and item filters, each optional; plate, VIN and IMEI are compared in their normalised form, so
	 * "渝a·12345" finds 渝A12345.
	 */
	public record ObjectCriteria(String plate, String vin, String imei, String itemCategory) {

		static final ObjectCriteria NONE = new ObjectCriteria(null, null, null, null);
	}
}
