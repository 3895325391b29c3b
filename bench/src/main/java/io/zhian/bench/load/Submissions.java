package io.zhian.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zhian.bench.city.Person;
import io.zhian.bench.city.TradeCase;
import io.zhian.bench.city.Visit;

/** A visit as a venue's system submits it to the intake API (docs/api.md, RecordSubmission). */
public final class Submissions {

	private Submissions() {
	}

	public static Map<String, Object> of(Visit visit) {
		Map<String, Object> record = new HashMap<>();
		record.put("trade", visit.venue().trade().code());
		record.put("kind", visit.venue().trade().kind());
		record.put("reference", visit.reference());
		record.put("occurredAt", visit.occurredAt().toString());
		record.put("attributes", visit.attributes());
		List<Map<String, Object>> parties = new ArrayList<>();
		for (Visit.Guest guest : visit.parties()) {
			parties.add(party(visit.venue().trade().role(), guest));
		}
		record.put("parties", parties);
		return record;
	}

	/** A planted trade case's record: a repair order of the stolen car, or a pledge of the lost phone. */
	public static Map<String, Object> of(TradeCase c) {
		Map<String, Object> record = new HashMap<>();
		record.put("trade", c.trade());
		record.put("kind", c.kind());
		record.put("reference", c.reference());
		record.put("occurredAt", c.occurredAt().toString());
		Map<String, Object> person = party(c.plate() != null ? "DELIVERER" : "PLEDGER", new Visit.Guest(c.person(),
				Map.of()));
		if (person.get("address") == null) {
			person.put("address", "重庆市渝中区民生路 12 号");
		}
		record.put("parties", List.of(person));
		if (c.plate() != null) {
			record.put("attributes", Map.of("repairReason", "左前翼子板刮擦", "repairItems", "钣金喷漆", "receivedBy", "邓建国"));
			record.put("vehicles", List.of(Map.of("role", "REPAIRED", "plate", c.plate(), "vin", c.vin(), "attributes",
					Map.of("vehicleType", "K33", "bodyColour", "A", "ownerName", c.person().name().normalized()))));
		}
		else {
			record.put("attributes", Map.of("pawnType", "REDEEMABLE", "amount", 1800, "termDays", 30, "handler", "周晓梅"));
			record.put("items", List.of(Map.of("role", "PLEDGED", "category", "PHONE", "imei", c.imei(), "description",
					"黑色，屏幕完好", "attributes", Map.of("name", "华为 Mate 60", "quantity", 1, "source", "本人购买",
							"appraiser", "周晓梅", "appraisedValue", 2500))));
		}
		return record;
	}

	private static Map<String, Object> party(String role, Visit.Guest guest) {
		Person p = guest.person();
		Map<String, Object> party = new HashMap<>();
		party.put("role", role);
		party.put("documentType", p.documentType());
		party.put("documentNumber", p.documentNumber());
		party.put("name", p.name().normalized());
		party.put("latinSurname", p.latinSurname());
		party.put("latinGivenName", p.latinGivenName());
		party.put("sex", p.sex());
		party.put("birthDate", p.birthDate() == null ? null : p.birthDate().toString());
		party.put("ethnicity", p.ethnicity());
		party.put("nationality", "111".equals(p.documentType()) ? null : p.nationality());
		party.put("address", p.address());
		party.put("phone", p.phone());
		party.put("attributes", guest.attributes());
		return party;
	}
}
