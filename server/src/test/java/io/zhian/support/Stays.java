package io.zhian.support;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Hotel check-ins as the intake API takes them, for tests of everything that reads records. */
public final class Stays {

	private Stays() {
	}

	/** A domestic guest with an ID card; sex, birth date and region come from the number. */
	public static Map<String, Object> domesticGuest(String number, String name) {
		Map<String, Object> party = new HashMap<>();
		party.put("role", "GUEST");
		party.put("documentType", "111");
		party.put("documentNumber", number);
		party.put("name", name);
		party.put("ethnicity", "01");
		party.put("address", "重庆市渝中区解放碑街道民族路 1 号");
		return party;
	}

	/** A check-in five minutes ago in {@code room}; post it to {@code /api/v1/records}. */
	@SafeVarargs
	public static Map<String, Object> checkIn(String reference, String room, Map<String, Object>... guests) {
		return checkInAt(reference, room, OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(5), guests);
	}

	@SafeVarargs
	public static Map<String, Object> checkInAt(String reference, String room, OffsetDateTime at,
			Map<String, Object>... guests) {
		Map<String, Object> record = new HashMap<>();
		record.put("trade", "HOTEL");
		record.put("kind", "CHECK_IN");
		record.put("reference", reference);
		record.put("occurredAt", at.toString());
		record.put("attributes", Map.of("room", room));
		record.put("parties", List.of(guests));
		return record;
	}

	public static String reference() {
		return "PMS-" + UUID.randomUUID();
	}
}
