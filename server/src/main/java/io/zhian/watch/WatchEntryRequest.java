package io.zhian.watch;

import java.time.OffsetDateTime;

/**
 * A new watch entry (布控) as the console or an API client sends it.
 *
 * @param cityWide compared across the whole city and shown to every unit; waits for the city's approval unless
 * the city bureau itself enters it
 * @param validTo the end of the validity period (布控有效期), after which the entry expires by itself; none when
 * null
 */
public record WatchEntryRequest(String targetType, String documentType, String documentNumber, String name,
		String birthDate, String plate, String vin, String imei, String serialNumber, String itemCategory,
		String description, String phone, String category, String reason, String source, Boolean cityWide,
		OffsetDateTime validFrom, OffsetDateTime validTo) {

	TargetInput target() {
		return new TargetInput(targetType, documentType, documentNumber, name, birthDate, plate, vin, imei,
				serialNumber, itemCategory, description, phone);
	}
}
