package io.zhian.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recall of the planted cases (issue 7 point 3) on the generated data: reads the ground truth the generator
 * wrote and checks through the search API that each case is found, reporting every miss.
 */
public final class Recall {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Http http;
	private final Consumer<String> log;
	private final List<String> misses = new ArrayList<>();
	private int checks;

	public Recall(Http http, Consumer<String> log) {
		this.http = http;
		this.log = log;
	}

	/** Checks every case of the ground truth; answers the misses (empty: recall 100 %). */
	public List<String> check(Path groundTruth) throws IOException, InterruptedException {
		JsonNode truth = JSON.readTree(Files.readString(groundTruth));
		for (JsonNode wanted : truth.path("wantedPersons")) {
			JsonNode person = wanted.path("person");
			JsonNode found = http.get("/api/v1/search/parties", Map.of("documentType", person.path("documentType")
				.asString(), "documentNumber", person.path("documentNumber").asString(), "size", "100"));
			expect(found.path("total").asInt() >= wanted.path("stays").size(),
					"wanted " + person.path("documentNumber").asString() + " by number");
			// A name heard over the phone and the birth date: a common name alone fills many pages.
			String number = person.path("documentNumber").asString();
			String born = number.substring(6, 10) + "-" + number.substring(10, 12) + "-" + number.substring(12, 14);
			JsonNode bySound = http.get("/api/v1/search/parties", Map.of("name", person.path("name").asString(),
					"homophone", "true", "birthFrom", born, "birthTo", born, "size", "100"));
			expect(numbers(bySound.path("items")).contains(number),
					"wanted " + person.path("name").asString() + " by the sound of the name and the birth date");
		}
		JsonNode members = truth.path("group").path("members");
		int stays = truth.path("group").path("stays").size() / 2;
		JsonNode companions = http.get("/api/v1/search/companions", Map.of("documentType",
				members.get(0).path("documentType").asString(), "documentNumber",
				members.get(0).path("documentNumber").asString()));
		expect(times(companions.path("sameRecord"), members.get(1)) >= stays, "group: member 2 in the same room");
		expect(times(companions.path("sameVenue"), members.get(2)) >= stays, "group: member 3 at the same venue");
		expect(times(companions.path("sameVenue"), members.get(3)) >= stays, "group: member 4 at the same venue");
		JsonNode shared = truth.path("oneNumberSeveralNames");
		JsonNode byNumber = http.get("/api/v1/search/parties", Map.of("documentNumber",
				shared.path("person").path("documentNumber").asString(), "size", "100"));
		List<String> names = new ArrayList<>();
		byNumber.path("items").forEach(item -> names.add(item.path("name").asString()));
		for (JsonNode name : shared.path("names")) {
			expect(names.contains(name.asString()), "shared number under the name " + name.asString());
		}
		for (String tradeCase : List.of("stolenVehicleAtRepairShop", "lostItemPawned")) {
			JsonNode planted = truth.path(tradeCase);
			expect("PLANTED".equals(planted.path("status").asString()) && alarmed(planted),
					tradeCase + ": an alarm for record " + planted.path("recordId").asLong() + " and watch entry "
							+ planted.path("watchEntryId").asLong() + " (" + planted.path("status").asString() + ")");
		}
		log.accept("Recall of the planted cases: %d of %d found%s".formatted(checks - misses.size(), checks,
				misses.isEmpty() ? "" : "; missed: " + misses));
		return misses;
	}

	/**
	 * Whether the alarm of a planted trade case was raised: one naming its record and its watch entry. Waits up to
	 * a minute, since the reverse lookup runs in the background after the entry is entered.
	 */
	private boolean alarmed(JsonNode planted) throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + 60_000;
		do {
			JsonNode alarms = http.get("/api/v1/alarms", Map.of("from", planted.path("plantedAt").asString(
					"2000-01-01T00:00:00Z"), "category", planted.path("watchCategory").asString(""), "size", "100"));
			for (JsonNode alarm : alarms.path("items")) {
				if (alarm.path("recordId").asLong() == planted.path("recordId").asLong()
						&& alarm.path("watchEntryId").asLong() == planted.path("watchEntryId").asLong()) {
					return true;
				}
			}
			Thread.sleep(500);
		}
		while (System.currentTimeMillis() < deadline);
		return false;
	}

	private void expect(boolean found, String what) {
		checks++;
		if (!found) {
			misses.add(what);
		}
	}

	private static List<String> numbers(JsonNode items) {
		List<String> numbers = new ArrayList<>();
		items.forEach(item -> numbers.add(item.path("documentNumber").asString()));
		return numbers;
	}

	private static int times(JsonNode companions, JsonNode member) {
		for (JsonNode c : companions) {
			if (c.path("documentNumber").asString().equals(member.path("documentNumber").asString())) {
				return c.path("times").asInt();
			}
		}
		return 0;
	}
}
