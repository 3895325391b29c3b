package io.zhian.bench.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.zhian.bench.city.Person;
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
