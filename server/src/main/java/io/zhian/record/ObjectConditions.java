package io.zhian.record;

import java.util.List;

import io.zhian.reference.ObjectIdentifiers;

/**
 * The vehicle and item filters of a record query as SQL: records carrying a vehicle with the plate or VIN, an
 * item with the IMEI or category. Values are normalised the way intake stored them.
 */
final class ObjectConditions {

	private ObjectConditions() {
	}

	static void append(RecordQuery.ObjectCriteria criteria, StringBuilder where, List<Object> params) {
		vehicle(where, params, "plate", ObjectIdentifiers.normalizePlate(criteria.plate()));
		vehicle(where, params, "vin", ObjectIdentifiers.normalizeVin(criteria.vin()));
		item(where, params, "imei", ObjectIdentifiers.normalizeImei(criteria.imei()));
		item(where, params, "category", criteria.itemCategory());
	}

	private static void vehicle(StringBuilder where, List<Object> params, String column, String value) {
		exists("record_vehicle", where, params, column, value);
	}

	private static void item(StringBuilder where, List<Object> params, String column, String value) {
		exists("record_item", where, params, column, value);
	}

	// The partition key in the join lets PostgreSQL read only the record's month of the narrow table.
	private static void exists(String table, StringBuilder where, List<Object> params, String column, String value) {
		if (value == null || value.isBlank()) {
			return;
		}
		where.append(" and exists (select 1 from ").append(table).append(" o where o.record_id = r.id")
			.append(" and o.occurred_at = r.occurred_at and o.").append(column).append(" = ?)");
		params.add(value);
	}
}
