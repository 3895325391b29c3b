package io.zhian.suspicion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/** 可疑情况上报: a pawnshop reports, its station's officer sees and acknowledges once; bad reports are refused. */
class SuspicionReportTest extends IntegrationTest {

	private static final String REPORTS = "/api/v1/suspicions";

	@Test
	void aVenueReportsAndItsStationAcknowledgesOnce() {
		Api pawn = api.loginDemo("pawn");
		long recordId = pawn.get("/api/v1/records?trade=PAWN").json().path("items").get(0).path("id").asLong();
		String text = "来人持多部全新手机要求死当，神色慌张 " + System.nanoTime();
		Api.Response sent = pawn.post(REPORTS,
				Map.of("category", "PERSON", "subject", "男，约30岁", "description", text, "recordId", recordId));
		assertThat(sent.status()).as(sent.body()).isEqualTo(201);
		long id = sent.json().path("id").asLong();
		assertThat(sent.json().path("acknowledgedAt").isNull()).isTrue();

		Api station = api.loginDemo("station");
		JsonNode open = station.get(REPORTS + "?open=true&size=100").json();
		assertThat(open.path("items").findValues("description").stream().map(JsonNode::asString)).contains(text);
		// Another venue sees only its own reports.
		assertThat(api.loginDemo("repair").get(REPORTS + "?size=100").json().path("items").findValues("description")
			.stream().map(JsonNode::asString)).doesNotContain(text);
		// A venue cannot acknowledge.
		assertThat(pawn.post(REPORTS + "/" + id + "/acknowledge", Map.of()).status()).isEqualTo(403);

		Api.Response acknowledged = station.post(REPORTS + "/" + id + "/acknowledge", Map.of("note", "已派员核查"));
		assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
		assertThat(acknowledged.json().path("acknowledgedByName").asString()).isEqualTo("王晓东");
		assertThat(acknowledged.json().path("note").asString()).isEqualTo("已派员核查");
		assertThat(station.post(REPORTS + "/" + id + "/acknowledge", Map.of()).code()).isEqualTo("ZA-6322");
		assertThat(pawn.get(REPORTS + "?size=100").json().path("items").findValues("note").stream()
			.map(JsonNode::asString)).contains("已派员核查");
	}

	@Test
	void anIncompleteReportIsRefusedFieldByFieldAndNothingIsStored() {
		Api pawn = api.loginDemo("pawn");
		long before = pawn.get(REPORTS).json().path("total").asLong();
		Api.Response refused = pawn.post(REPORTS, Map.of("category", "UFO", "description", " ", "recordId", 999999999L,
				"photoIds", List.of(999999999L)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-6320");
		assertThat(refused.json().path("errors").findValues("field").stream().map(JsonNode::asString))
			.contains("category", "description", "recordId", "photoIds");
		assertThat(pawn.get(REPORTS).json().path("total").asLong()).isEqualTo(before);
	}
}
