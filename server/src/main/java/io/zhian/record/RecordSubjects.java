package io.zhian.record;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What of a stored record can be compared against watch lists: its people, vehicles and items as stored
 * (document numbers normalised, names normalised), with the venue that reported them.
 */
public record RecordSubjects(long recordId, OffsetDateTime occurredAt, String trade, long venueId, String venueName,
		List<Person> parties, List<Vehicle> vehicles, List<Item> items) {

	/** A party of the record; {@code documentNumber} with {@code documentType} is the person key. */
	public record Person(int position, String role, String documentType, String documentNumber, String name,
			String sex, LocalDate birthDate, String phone, String regionCode) {
	}

	public record Vehicle(int position, String role, String plate, String vin) {
	}

	public record Item(int position, String role, String category, String imei, String serialNumber,
			String description) {
	}
}
