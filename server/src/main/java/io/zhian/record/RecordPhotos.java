package io.zhian.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.zhian.files.Files;
import io.zhian.files.StoredFile;
import io.zhian.common.ErrorCode;
import io.zhian.trade.FieldSpec;
import io.zhian.trade.FieldType;
import io.zhian.trade.ItemRole;
import io.zhian.trade.PartyRole;
import io.zhian.trade.RecordKind;
import io.zhian.trade.VehicleRole;

/**
 * The declared photo fields ({@link FieldType#PHOTO}: an item's photos, the back of a document) must name
 * photos the record's own venue uploaded: a venue cannot attach, and so expose, another venue's files.
 */
final class RecordPhotos {

	private final Files files;

	RecordPhotos(Files files) {
		this.files = files;
	}

	void check(RecordKind kind, Map<String, Object> attributes, List<CheckedRecord.CheckedParty> parties,
			VehicleItemChecker.Checked objects, long venueId, List<RecordError> errors) {
		owned("attributes", kind.attributes(), attributes, venueId, errors);
		for (CheckedRecord.CheckedParty party : parties) {
			List<FieldSpec> declared = kind.role(party.role()).map(PartyRole::attributes).orElse(List.of());
			owned("parties[" + party.position() + "].attributes", declared, party.attributes(), venueId, errors);
		}
		for (CheckedRecord.CheckedVehicle vehicle : objects.vehicles()) {
			List<FieldSpec> declared = kind.vehicleRole(vehicle.role()).map(VehicleRole::attributes).orElse(List.of());
			owned("vehicles[" + vehicle.position() + "].attributes", declared, vehicle.attributes(), venueId, errors);
		}
		for (CheckedRecord.CheckedItem item : objects.items()) {
			List<FieldSpec> declared = kind.itemRole(item.role()).map(ItemRole::attributes).orElse(List.of());
			owned("items[" + item.position() + "].attributes", declared, item.attributes(), venueId, errors);
		}
	}

	private void owned(String path, List<FieldSpec> declared, Map<String, Object> values, long venueId,
			List<RecordError> errors) {
		for (FieldSpec spec : declared) {
			if (spec.type() == FieldType.PHOTO && values.get(spec.name()) instanceof Long id) {
				StoredFile file = files.find(id).orElse(null);
				if (file == null || !Objects.equals(file.venueId(), venueId)) {
					errors.add(RecordError.of(path + "." + spec.name(), ErrorCode.FILE_REFERENCE_INVALID,
							path + "." + spec.name(), id));
				}
			}
		}
	}
}
