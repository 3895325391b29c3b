package io.zhian.trade;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of record a trade reports (a hotel check-in, a pledge, a repair order).
 *
 * @param code the kind as sent in {@code kind}
 * @param labelZh the kind's name in Chinese
 * @param labelEn the kind's name in English
 * @param roles the party roles it carries
 * @param attributes the record-level fields, under {@code attributes}
 * @param amendable the attributes that may change after the record is stored (a room change); every change is
 * kept as a revision
 * @param endable whether the record is later closed with an end time (check-out); null end means still open
 * @param vehicleRoles the vehicles it carries (none for a check-in)
 * @param itemRoles the items it carries
 */
public record RecordKind(String code, String labelZh, String labelEn, List<PartyRole> roles,
		List<FieldSpec> attributes, Set<String> amendable, boolean endable, List<VehicleRole> vehicleRoles,
		List<ItemRole> itemRoles) {

	public RecordKind {
		roles = roles == null ? List.of() : List.copyOf(roles);
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
		amendable = amendable == null ? Set.of() : Set.copyOf(amendable);
		vehicleRoles = vehicleRoles == null ? List.of() : List.copyOf(vehicleRoles);
		itemRoles = itemRoles == null ? List.of() : List.copyOf(itemRoles);
	}

	/** A kind that carries people only (a hotel check-in). */
	public RecordKind(String code, String labelZh, String labelEn, List<PartyRole> roles, List<FieldSpec> attributes,
			Set<String> amendable, boolean endable) {
		this(code, labelZh, labelEn, roles, attributes, amendable, endable, List.of(), List.of());
	}

	public Optional<PartyRole> role(String role) {
		return roles.stream().filter(r -> r.code().equals(role)).findFirst();
	}

	public Optional<VehicleRole> vehicleRole(String role) {
		return vehicleRoles.stream().filter(r -> r.code().equals(role)).findFirst();
	}

	public Optional<ItemRole> itemRole(String role) {
		return itemRoles.stream().filter(r -> r.code().equals(role)).findFirst();
	}

	public Optional<FieldSpec> attribute(String name) {
		return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
	}
}
