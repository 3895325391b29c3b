package io.zhian.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.zhian.common.ErrorCode;
import io.zhian.reference.ObjectIdentifiers;
import io.zhian.record.RecordSubmission.ItemSubmission;
import io.zhian.record.RecordSubmission.VehicleSubmission;
import io.zhian.trade.ItemRole;
import io.zhian.trade.RecordKind;
import io.zhian.trade.VehicleRole;

/**
 * Checks a record's vehicles and items against the roles its kind declares: each role known and within its
 * counts, plates, VINs and IMEIs by their national and international rules (ObjectIdentifiers) and stored in
 * their normalised form, the category from the role's code table, the role's declared attributes. Errors are
 * collected with their field paths ({@code vehicles[0].vin}, {@code items[1].imei}) like a party's.
 */
final class VehicleItemChecker {

	private final FieldValues values;

	VehicleItemChecker(FieldValues values) {
		this.values = values;
	}

	/** What passed; with errors, the lists hold only the vehicles and items that had none. */
	record Checked(List<CheckedRecord.CheckedVehicle> vehicles, List<CheckedRecord.CheckedItem> items) {
	}

	Checked check(RecordKind kind, RecordSubmission submission, List<RecordError> errors) {
		List<CheckedRecord.CheckedVehicle> vehicles = new ArrayList<>();
		Map<String, Integer> vehiclesPerRole = new HashMap<>();
		List<VehicleSubmission> givenVehicles = submission.vehicles();
		for (int i = 0; i < givenVehicles.size(); i++) {
			String path = "vehicles[" + i + "]";
			VehicleSubmission vehicle = givenVehicles.get(i);
			VehicleRole role = role(path, vehicle == null ? null : vehicle.role(), kind::vehicleRole,
					ErrorCode.VEHICLE_ROLE_UNKNOWN, errors);
			if (role != null) {
				vehiclesPerRole.merge(role.code(), 1, Integer::sum);
				add(vehicles, vehicle(i, path, role, vehicle, errors));
			}
		}
		for (VehicleRole role : kind.vehicleRoles()) {
			counted("vehicles", role.code(), vehiclesPerRole, role.min(), role.max(), ErrorCode.VEHICLE_COUNT, errors);
		}
		List<CheckedRecord.CheckedItem> items = new ArrayList<>();
		Map<String, Integer> itemsPerRole = new HashMap<>();
		List<ItemSubmission> givenItems = submission.items();
		for (int i = 0; i < givenItems.size(); i++) {
			String path = "items[" + i + "]";
			ItemSubmission item = givenItems.get(i);
			ItemRole role = role(path, item == null ? null : item.role(), kind::itemRole, ErrorCode.ITEM_ROLE_UNKNOWN,
					errors);
			if (role != null) {
				itemsPerRole.merge(role.code(), 1, Integer::sum);
				add(items, item(i, path, role, item, errors));
			}
		}
		for (ItemRole role : kind.itemRoles()) {
			counted("items", role.code(), itemsPerRole, role.min(), role.max(), ErrorCode.ITEM_COUNT, errors);
		}
		return new Checked(vehicles, items);
	}

	private static <R> R role(String path, String code, Function<String, java.util.Optional<R>> declared,
			ErrorCode unknown, List<RecordError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(RecordError.of(path + ".role", ErrorCode.FIELD_REQUIRED));
			return null;
		}
		R role = declared.apply(code).orElse(null);
		if (role == null) {
			errors.add(RecordError.of(path + ".role", unknown, path + ".role", code));
		}
		return role;
	}

	private static void counted(String member, String role, Map<String, Integer> perRole, int min, int max,
			ErrorCode code, List<RecordError> errors) {
		int count = perRole.getOrDefault(role, 0);
		if (count < min || count > max) {
			errors.add(RecordError.of(member, code, role, min, max));
		}
	}

	private static <T> void add(List<T> checked, T one) {
		if (one != null) {
			checked.add(one);
		}
	}

	private CheckedRecord.CheckedVehicle vehicle(int position, String path, VehicleRole role,
			VehicleSubmission vehicle, List<RecordError> errors) {
		int before = errors.size();
		String plate = identifier(path + ".plate", vehicle.plate(), role.plateRequired(), ObjectIdentifiers::plate,
				errors);
		String vin = identifier(path + ".vin", vehicle.vin(), role.vinRequired(), ObjectIdentifiers::vin, errors);
		if (errors.size() == before && plate == null && vin == null) {
			errors.add(RecordError.of(path, ErrorCode.VEHICLE_UNIDENTIFIED, path));
		}
		Map<String, Object> attributes = values.attributes(path + ".attributes", role.attributes(),
				vehicle.attributes(), spec -> spec.required(), errors);
		return errors.size() > before ? null
				: new CheckedRecord.CheckedVehicle(position, role.code(), plate, vin, attributes);
	}

	private CheckedRecord.CheckedItem item(int position, String path, ItemRole role, ItemSubmission item,
			List<RecordError> errors) {
		int before = errors.size();
		String category = null;
		if (blank(item.category())) {
			if (role.categoryRequired()) {
				errors.add(RecordError.of(path + ".category", ErrorCode.FIELD_REQUIRED));
			}
		}
		else {
			category = values.code(role.categoryTable(), path + ".category", item.category(), errors);
		}
		String imei = accepted(path + ".imei", item.imei(), role.imeiAccepted(), role, errors)
				? identifier(path + ".imei", item.imei(), false, ObjectIdentifiers::imei, errors) : null;
		String serial = accepted(path + ".serialNumber", item.serialNumber(), role.serialAccepted(), role, errors)
				? serial(path + ".serialNumber", item.serialNumber(), errors) : null;
		String description = FieldValues.text(path + ".description", item.description(), 300, errors);
		Map<String, Object> attributes = values.attributes(path + ".attributes", role.attributes(), item.attributes(),
				spec -> spec.required(), errors);
		return errors.size() > before ? null
				: new CheckedRecord.CheckedItem(position, role.code(), category, imei, serial,
						blank(description) ? null : description, attributes);
	}

	/** An identifier checked by its rule and kept normalised; null when absent (an error when required). */
	private static String identifier(String path, String raw, boolean required,
			Function<String, ObjectIdentifiers.Check> rule, List<RecordError> errors) {
		if (blank(raw)) {
			if (required) {
				errors.add(RecordError.of(path, ErrorCode.FIELD_REQUIRED));
			}
			return null;
		}
		ObjectIdentifiers.Check check = rule.apply(raw);
		if (!check.valid()) {
			List<String> arguments = new ArrayList<>(List.of(path, check.normalized()));
			arguments.addAll(check.arguments());
			errors.add(new RecordError(path, check.reason(), arguments));
			return null;
		}
		return check.normalized();
	}

	private static boolean accepted(String path, String raw, boolean accepted, ItemRole role,
			List<RecordError> errors) {
		if (blank(raw)) {
			return false;
		}
		if (!accepted) {
			errors.add(RecordError.of(path, ErrorCode.ITEM_IDENTIFIER_NOT_ACCEPTED, path, role.code()));
		}
		return accepted;
	}

	/** Serial numbers are compared as typed but for case and blanks: makers print them in many ways. */
	private static String serial(String path, String raw, List<RecordError> errors) {
		String serial = raw.strip().replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
		if (serial.length() > 64) {
			errors.add(RecordError.of(path, ErrorCode.FIELD_TOO_LONG, 64));
			return null;
		}
		return serial;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
