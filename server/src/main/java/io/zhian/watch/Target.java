package io.zhian.watch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What one watch entry is looking for, normalised: the document number as the record store keys it, the name
 * as {@link io.zhian.reference.NameKeys#normalize} gives it, plates and serials compacted.
 */
record Target(TargetType type, String documentType, String documentNumber, String name, LocalDate birthDate,
		String plate, String vin, String imei, String serialNumber, String itemCategory, String description,
		String phone) {

	/** The comparison keys this target is found under. */
	List<String> keys() {
		List<String> keys = new ArrayList<>(3);
		switch (type) {
			case PERSON -> {
				String document = WatchKeys.document(documentType, documentNumber);
				add(keys, document != null ? document : WatchKeys.nameAndBirth(name, birthDate));
				add(keys, WatchKeys.phone(phone));
			}
			case VEHICLE -> {
				add(keys, WatchKeys.plate(plate));
				add(keys, WatchKeys.vin(vin));
			}
			case ITEM -> {
				add(keys, WatchKeys.imei(imei));
				add(keys, WatchKeys.serial(serialNumber));
				if (keys.isEmpty()) {
					add(keys, WatchKeys.described(itemCategory, description));
				}
			}
			case PHONE -> add(keys, WatchKeys.phone(phone));
		}
		return keys;
	}

	/** One line naming the target, for alarm summaries and lists: 张三 (110…), 渝A12345, IMEI 86… */
	String label() {
		return switch (type) {
			case PERSON -> name != null ? name : documentNumber;
			case VEHICLE -> plate != null ? plate : vin;
			case ITEM -> imei != null ? "IMEI " + imei : serialNumber != null ? serialNumber : description;
			case PHONE -> phone;
		};
	}

	private static void add(List<String> keys, String key) {
		if (key != null) {
			keys.add(key);
		}
	}
}
