package io.zhian.watch;

/**
 * A target as typed or imported, before checking: strings, so that a malformed value is reported against its
 * field. Shared by the API and the bulk import.
 */
record TargetInput(String targetType, String documentType, String documentNumber, String name, String birthDate,
		String plate, String vin, String imei, String serialNumber, String itemCategory, String description,
		String phone) {
}
