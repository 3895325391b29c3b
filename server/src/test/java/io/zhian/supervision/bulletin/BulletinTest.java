package io.zhian.supervision.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * 协查通报: police publish to an audience resolved within their scope; venues read, acknowledge and reply; police
 * see each recipient, chase the rest and revoke; bad input is refused with a numbered error and changes nothing.
 */
class BulletinTest extends IntegrationTest {

	private static final String BULLETINS = "/api/v1/bulletins";
	private static final String DEMO_STATION = "500103010000";

	@Test
	void hotelsOfTheStationReceiveItReadAcknowledgeAndReplyAndThePoliceSeeEachStep() {
		Api station = api.loginDemo("station");
		Api hotel = api.loginDemo("hotel");
		long hotelId = venueOf(hotel);
		long pawnId = venueOf(api.loginDemo("pawn"));
		String title = "协查通报 " + System.nanoTime();
		Api.Response published = station.post(BULLETINS, Map.of("type", "ASSIST", "title", title, "content",
				"请协查一名可疑男子", "audience", Map.of("trades", List.of("HOTEL"), "stations", List.of(stationId(station))),
				"deadline", OffsetDateTime.now().plusDays(2).toString()));
		assertThat(published.status()).as(published.body()).isEqualTo(201);
		long id = published.json().path("bulletin").path("id").asLong();
		assertThat(published.json().path("bulletin").path("unitName").asString()).isEqualTo("解放碑派出所");
		assertThat(published.json().path("bulletin").path("publisherName").asString()).isEqualTo("王晓东");
		assertThat(venueIds(published.json())).contains(hotelId).doesNotContain(pawnId);

		// The hotel sees it unread, opens it (read), acknowledges and replies.
		assertThat(titles(hotel.get(BULLETINS + "?unread=true&size=200").json())).contains(title);
		assertThat(titles(api.loginDemo("pawn").get(BULLETINS + "?size=200").json())).doesNotContain(title);
		JsonNode opened = hotel.get(BULLETINS + "/" + id).json();
		assertThat(opened.path("bulletin").path("own").path("readAt").isNull()).isFalse();
		assertThat(opened.path("bulletin").path("counts").isNull()).isTrue();
		assertThat(opened.path("recipients")).hasSize(1);
		assertThat(titles(hotel.get(BULLETINS + "?unread=true&size=200").json())).doesNotContain(title);
		Api.Response acked = hotel.post(BULLETINS + "/" + id + "/ack", Map.of());
		assertThat(acked.status()).as(acked.body()).isEqualTo(200);
		assertThat(acked.json().path("bulletin").path("own").path("acknowledgerName").asString()).isEqualTo("张敏");
		assertThat(hotel.post(BULLETINS + "/" + id + "/ack", Map.of()).status()).isEqualTo(200);
		Api.Response replied = hotel.post(BULLETINS + "/" + id + "/replies", Map.of("content", "本店未发现该人员入住"));
		assertThat(replied.status()).as(replied.body()).isEqualTo(201);

		// Police: per recipient, and counts in the list.
		JsonNode detail = station.get(BULLETINS + "/" + id).json();
		JsonNode own = recipient(detail, hotelId);
		assertThat(own.path("acknowledgedAt").isNull()).isFalse();
		assertThat(own.path("replies").asInt()).isEqualTo(1);
		assertThat(detail.path("replies").findValues("content").stream().map(JsonNode::asString))
			.contains("本店未发现该人员入住");
		JsonNode row = row(station.get(BULLETINS + "?q=" + title.split(" ")[1] + "&size=200").json(), title);
		assertThat(row.path("counts").path("acknowledged").asInt()).isEqualTo(1);
		assertThat(row.path("counts").path("replied").asInt()).isEqualTo(1);
		assertThat(row.path("counts").path("recipients").asInt()).isEqualTo(detail.path("recipients").size());
		// A venue cannot publish, the police cannot acknowledge.
		assertThat(hotel.post(BULLETINS, Map.of("type", "NOTICE")).status()).isEqualTo(403);
		assertThat(station.post(BULLETINS + "/" + id + "/ack", Map.of()).status()).isEqualTo(403);
	}

	@Test
	void namedVenuesAddToTheTradesAndTheRecipientsStayAsPublished() {
		Api station = api.loginDemo("station");
		long hotelId = venueOf(api.loginDemo("hotel"));
		long pawnId = venueOf(api.loginDemo("pawn"));
		long repairId = venueOf(api.loginDemo("repair"));
		JsonNode published = station.post(BULLETINS, Map.of("type", "NOTICE", "title", "通知 " + System.nanoTime(),
				"content", "内容", "audience", Map.of("trades", List.of("PAWN"), "venues", List.of(hotelId)))).json();
		assertThat(venueIds(published)).contains(hotelId, pawnId).doesNotContain(repairId);
		assertThat(published.path("audience").path("trades").get(0).asString()).isEqualTo("PAWN");
		// Only the named venues, without any group.
		JsonNode single = station.post(BULLETINS, Map.of("type", "WORK", "title", "动态 " + System.nanoTime(),
				"content", "内容", "audience", Map.of("venues", List.of(repairId)))).json();
		assertThat(venueIds(single)).containsExactly(repairId);
	}

	@Test
	void theAudienceMustLieWithinThePublishersScope() {
		Api station = api.loginDemo("station");
		Api city = api.loginDemo("city");
		long otherDistrict = Accounts.unitId(city, "500105000000");
		Api.Response refused = station.post(BULLETINS, bulletin("越界", Map.of("districts", List.of(otherDistrict))));
		assertThat(refused.code()).as(refused.body()).isEqualTo("ZA-9004");
		// A district bureau named as a station is not one.
		assertThat(station.post(BULLETINS, bulletin("错级", Map.of("stations", List.of(otherDistrict)))).code())
			.isEqualTo("ZA-9004");
		assertThat(station.post(BULLETINS, bulletin("无企业", Map.of("trades", List.of("PASSENGER_TRANSPORT")))).code())
			.isEqualTo("ZA-9003");

		// The city publishes to 渝中区: the demo hotel receives it; the station officer does not see the city's
		// bulletin, the district officer sees the station's.
		long yuzhong = Accounts.unitId(city, "500103000000");
		String cityTitle = "全市通知 " + System.nanoTime();
		JsonNode fromCity = city.post(BULLETINS, Map.of("type", "LAW", "title", cityTitle, "content", "法规",
				"audience", Map.of("districts", List.of(yuzhong), "trades", List.of("HOTEL")))).json();
		assertThat(venueIds(fromCity)).contains(venueOf(api.loginDemo("hotel")));
		assertThat(titles(station.get(BULLETINS + "?size=200").json())).doesNotContain(cityTitle);
		assertThat(station.get(BULLETINS + "/" + fromCity.path("bulletin").path("id").asLong()).code())
			.isEqualTo("ZA-9002");
		String stationTitle = "派出所通知 " + System.nanoTime();
		station.post(BULLETINS, bulletin(stationTitle, Map.of("trades", List.of("HOTEL"))));
		assertThat(titles(api.loginDemo("district").get(BULLETINS + "?size=200").json())).contains(stationTitle);
	}

	@Test
	void chasingRemindsThoseNotAcknowledgedAndTheOverdueAreCounted() {
		Api station = api.loginDemo("station");
		Api hotel = api.loginDemo("hotel");
		long hotelId = venueOf(hotel);
		long pawnId = venueOf(api.loginDemo("pawn"));
		String title = "限时通报 " + System.nanoTime();
		JsonNode published = station.post(BULLETINS, Map.of("type", "WANTED", "title", title, "content", "通缉",
				"audience", Map.of("venues", List.of(hotelId, pawnId)),
				"deadline", OffsetDateTime.now().plusHours(1).toString())).json();
		long id = published.path("bulletin").path("id").asLong();
		hotel.post(BULLETINS + "/" + id + "/ack", Map.of());
		clock.advance(Duration.ofHours(2));
		// Sessions idle out over two hours: sign in again.
		station = api.loginDemo("station");
		JsonNode row = row(station.get(BULLETINS + "?overdue=true&size=200").json(), title);
		assertThat(row.path("counts").path("overdue").asInt()).isEqualTo(1);

		JsonNode chased = station.post(BULLETINS + "/" + id + "/chase", Map.of("message", "请尽快签收")).json();
		assertThat(recipient(chased, pawnId).path("chases").asInt()).isEqualTo(1);
		assertThat(recipient(chased, pawnId).path("overdue").asBoolean()).isTrue();
		assertThat(recipient(chased, hotelId).path("chases").asInt()).isZero();
		// The pawnshop sees the chase with its message.
		JsonNode seen = api.loginDemo("pawn").get(BULLETINS + "/" + id).json();
		assertThat(seen.path("bulletin").path("own").path("lastChaseMessage").asString()).isEqualTo("请尽快签收");
		assertThat(seen.path("chases")).hasSize(1);
		assertThat(station.post(BULLETINS + "/" + id + "/chase", Map.of("venueIds", List.of(999999999L))).code())
			.isEqualTo("ZA-9009");
		api.loginDemo("pawn").post(BULLETINS + "/" + id + "/ack", Map.of());
		assertThat(station.post(BULLETINS + "/" + id + "/chase", Map.of()).code()).isEqualTo("ZA-9007");
	}

	@Test
	void aRevokedBulletinStaysReadableButTakesNoMoreAnswers() {
		Api station = api.loginDemo("station");
		Api hotel = api.loginDemo("hotel");
		String title = "将撤销 " + System.nanoTime();
		long id = station.post(BULLETINS, bulletin(title, Map.of("venues", List.of(venueOf(hotel))))).json()
			.path("bulletin").path("id").asLong();
		assertThat(titles(hotel.get(BULLETINS + "?open=true&size=200").json())).contains(title);
		Api.Response revoked = station.post(BULLETINS + "/" + id + "/revoke", Map.of("reason", "内容有误"));
		assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
		assertThat(revoked.json().path("revocation").path("reason").asString()).isEqualTo("内容有误");

		assertThat(titles(hotel.get(BULLETINS + "?open=true&size=200").json())).doesNotContain(title);
		assertThat(titles(hotel.get(BULLETINS + "?size=200").json())).contains(title);
		assertThat(hotel.get(BULLETINS + "/" + id).json().path("bulletin").path("revokedAt").isNull()).isFalse();
		assertThat(hotel.post(BULLETINS + "/" + id + "/ack", Map.of()).code()).isEqualTo("ZA-9005");
		assertThat(hotel.post(BULLETINS + "/" + id + "/replies", Map.of("content", "收到")).code()).isEqualTo("ZA-9005");
		assertThat(station.post(BULLETINS + "/" + id + "/chase", Map.of()).code()).isEqualTo("ZA-9005");
		assertThat(station.post(BULLETINS + "/" + id + "/revoke", Map.of()).code()).isEqualTo("ZA-9005");
		assertThat(station.get(BULLETINS + "/" + id).json().path("recipients").get(0).path("acknowledgedAt").isNull())
			.isTrue();
	}

	@Test
	void attachmentsReachTheRecipientsOnly() {
		Api station = api.loginDemo("station");
		Api hotel = api.loginDemo("hotel");
		byte[] pdf = "%PDF-1.4\n%demo\n".getBytes(StandardCharsets.US_ASCII);
		Api.Response uploaded = station.upload(BULLETINS + "/files", "notice.pdf", "application/pdf", pdf, Map.of());
		assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
		long fileId = uploaded.json().path("id").asLong();
		long id = station.post(BULLETINS, Map.of("type", "NOTICE", "title", "附件 " + System.nanoTime(), "content",
				"见附件", "audience", Map.of("venues", List.of(venueOf(hotel))), "fileIds", List.of(fileId))).json()
			.path("bulletin").path("id").asLong();
		Api.Response download = hotel.get(BULLETINS + "/" + id + "/files/" + fileId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("application/pdf");
		assertThat(api.loginDemo("pawn").get(BULLETINS + "/" + id + "/files/" + fileId).code()).isEqualTo("ZA-9002");
		assertThat(hotel.get(BULLETINS + "/" + id + "/files/" + (fileId + 100000)).code()).isEqualTo("ZA-9008");

		// A reply with the venue's own attachment; somebody else's file is refused.
		long replyFile = hotel.upload(BULLETINS + "/files", "reply.pdf", "application/pdf", pdf, Map.of()).json()
			.path("id").asLong();
		assertThat(hotel.post(BULLETINS + "/" + id + "/replies", Map.of("content", "已整改", "fileId", replyFile))
			.status()).isEqualTo(201);
		assertThat(station.get(BULLETINS + "/" + id + "/files/" + replyFile).status()).isEqualTo(200);
		assertThat(hotel.post(BULLETINS + "/" + id + "/replies", Map.of("content", "再回复", "fileId", fileId)).code())
			.isEqualTo("ZA-9006");
	}

	@Test
	void badInputIsRefusedFieldByFieldAndNothingIsStored() {
		Api station = api.loginDemo("station");
		Api hotel = api.loginDemo("hotel");
		long before = station.get(BULLETINS).json().path("total").asLong();
		long venuePhoto = hotel.upload("/api/v1/files", "p.png", "image/png",
				new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 }, Map.of("purpose", "STAFF_PHOTO"))
			.json().path("id").asLong();
		Api.Response refused = station.post(BULLETINS, Map.of("type", "GOSSIP", "title", " ", "content", "x".repeat(20001),
				"audience", Map.of("trades", List.of("SPACESHIP")), "deadline", "2020-01-01T00:00:00+08:00",
				"fileIds", List.of(venuePhoto)));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-9001");
		assertThat(refused.json().path("errors").findValues("field").stream().map(JsonNode::asString))
			.contains("type", "title", "content", "deadline", "fileIds", "audience.trades");
		assertThat(station.post(BULLETINS, Map.of("type", "NOTICE", "title", "t", "content", "c")).code())
			.isEqualTo("ZA-9001");
		assertThat(station.get(BULLETINS).json().path("total").asLong()).isEqualTo(before);

		long id = station.post(BULLETINS, bulletin("回复校验", Map.of("venues", List.of(venueOf(hotel))))).json()
			.path("bulletin").path("id").asLong();
		assertThat(hotel.post(BULLETINS + "/" + id + "/replies", Map.of("content", " ")).code()).isEqualTo("ZA-9006");
		assertThat(hotel.get(BULLETINS + "/999999999").code()).isEqualTo("ZA-9002");
		assertThat(station.post(BULLETINS + "/" + id + "/revoke", Map.of("reason", "r".repeat(501))).code())
			.isEqualTo("ZA-9001");
	}

	private static Map<String, Object> bulletin(String title, Map<String, Object> audience) {
		return Map.of("type", "NOTICE", "title", title, "content", "内容", "audience",
				audience);
	}

	private static long stationId(Api api) {
		return Accounts.unitId(api, DEMO_STATION);
	}

	private static long venueOf(Api venueUser) {
		return venueUser.get("/api/v1/me").json().path("venue").path("id").asLong();
	}

	private static List<Long> venueIds(JsonNode detail) {
		return detail.path("recipients").findValues("venueId").stream().map(JsonNode::asLong).toList();
	}

	private static JsonNode recipient(JsonNode detail, long venueId) {
		for (JsonNode r : detail.path("recipients")) {
			if (r.path("venueId").asLong() == venueId) {
				return r;
			}
		}
		throw new AssertionError("venue " + venueId + " is no recipient");
	}

	private static List<String> titles(JsonNode page) {
		return page.path("items").findValues("title").stream().map(JsonNode::asString).toList();
	}

	private static JsonNode row(JsonNode page, String title) {
		for (JsonNode item : page.path("items")) {
			if (title.equals(item.path("title").asString())) {
				return item;
			}
		}
		throw new AssertionError("no row " + title + " in " + page);
	}
}
