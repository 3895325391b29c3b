package io.zhian.supervision.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.zhian.support.Api;
import tools.jackson.databind.JsonNode;

/** Helpers of the inspection tests: find a demo venue, build a filled-in checklist, submit it. */
final class Inspecting {

	static final String INSPECTIONS = "/api/v1/inspections";
	static final String RECTIFICATIONS = "/api/v1/rectifications";
	/** The smallest file the files module takes for a JPEG. */
	static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0 };

	private Inspecting() {
	}

	/** The id of the demo venue with this name, as the officer's due list shows it. */
	static long venueId(Api officer, String name) {
		for (JsonNode due : officer.get(INSPECTIONS + "/due?filter=ALL&size=200").json().path("items")) {
			if (name.equals(due.path("venue").path("name").asString())) {
				return due.path("venue").path("id").asLong();
			}
		}
		throw new AssertionError("no venue " + name + " in the due list");
	}

	static JsonNode template(Api officer, String trade) {
		for (JsonNode template : officer.get("/api/v1/inspection-templates").json()) {
			if (trade.equals(template.path("trade").asString())) {
				return template;
			}
		}
		throw new AssertionError("no template for " + trade);
	}

	/** Answers passing every item except {@code failing}, which fail (yes/no) or earn 0 (scored). */
	static List<Map<String, Object>> answers(JsonNode template, Set<String> failing) {
		List<Map<String, Object>> answers = new ArrayList<>();
		for (JsonNode item : template.path("sections").findValues("items").stream()
			.flatMap(items -> items.valueStream()).toList()) {
			String code = item.path("code").asString();
			boolean fail = failing.contains(code);
			Map<String, Object> answer = new HashMap<>(Map.of("item", code));
			if ("CHECK".equals(item.path("type").asString())) {
				answer.put("passed", !fail);
			}
			else {
				answer.put("score", fail ? 0 : item.path("points").asInt());
			}
			if (fail) {
				answer.put("note", "发现问题：" + code);
			}
			answers.add(answer);
		}
		return answers;
	}

	static Map<String, Object> form(long venueId, JsonNode template, Set<String> failing) {
		Map<String, Object> form = new LinkedHashMap<>();
		form.put("venueId", venueId);
		form.put("templateId", template.path("id").asLong());
		form.put("officers", "王晓东、刘洋");
		form.put("joint", false);
		form.put("results", answers(template, failing));
		form.put("handling", failing.isEmpty() ? "未发现问题" : "当场指出问题，责令限期整改");
		form.put("location", Map.of("latitude", 29.5570, "longitude", 106.5770, "accuracy", 12.5));
		return form;
	}

	static JsonNode inspect(Api officer, long venueId, String trade, Set<String> failing) {
		Api.Response created = officer.post(INSPECTIONS, form(venueId, template(officer, trade), failing));
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.json();
	}
}
