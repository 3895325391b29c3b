package io.zhian.trade;

import java.util.List;

/**
 * A role a vehicle plays in a record (the car under repair, the car sold, the car scrapped). Plate and VIN are
 * the vehicle's own columns, normalised so that search and comparison match however they were typed; every
 * other fact (type, colour, engine number…) is a declared attribute.
 *
 * @param code the role as sent in {@code vehicles[].role}
 * @param min the fewest vehicles of this role a record must have
 * @param max the most vehicles of this role a record may have
 * @param compared whether vehicles in this role are compared against the watch lists (stolen vehicles…)
 * @param plateRequired whether the plate must be present
 * @param vinRequired whether the VIN (车架号) must be present; a vehicle needs at least one of the two anyway
 * @param attributes the role's other fields, under {@code vehicles[].attributes}
 */
public record VehicleRole(String code, String labelZh, String labelEn, int min, int max, boolean compared,
		boolean plateRequired, boolean vinRequired, List<FieldSpec> attributes) {

	public VehicleRole {
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}
}
