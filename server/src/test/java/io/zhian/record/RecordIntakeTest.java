package io.zhian.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RecordIntakeTest extends IntegrationTest {

	static final String RECORDS = "/api/v1/records";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	static Map<String, Object> domesticGuest(String number, String name) {
		return Stays.domesticGuest(number, name);
	}

	@SafeVarargs
	static Map<String, Object> checkIn(String reference, String room, Map<String, Object>... guests) {
		return Stays.checkIn(reference, room, guests);
	}

	static String reference() {
		return Stays.reference();
	}

	@Test
	void aCheckInIsStoredOnceWithWhatTheIdNumberTells() {
		Api hotel = api.loginDemo("hotel");
		String number = TestIds.citizen("500103", "19900307", 123);
		String reference = reference();
		Map<String, Object> record = checkIn(reference, "0805", domesticGuest(number, "张 三"));

		Api.Response first = hotel.post(RECORDS, record);
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		JsonNode stored = first.json();
		assertThat(stored.path("trade").asString()).isEqualTo("HOTEL");
		assertThat(stored.path("status").asString()).isEqualTo("OPEN");
		assertThat(stored.path("source").asString()).isEqualTo("PORTAL");
		assertThat(stored.path("attributes").path("room").asString()).isEqualTo("0805");
		JsonNode guest = stored.path("parties").get(0);
		assertThat(guest.path("documentNumber").asString()).isEqualTo(number);
		assertThat(guest.path("name").asString()).isEqualTo("张三");
		assertThat(guest.path("sex").asString()).isEqualTo("1");
		assertThat(guest.path("birthDate").asString()).isEqualTo("1990-03-07");
		assertThat(guest.path("regionCode").asString()).isEqualTo("500103");
		assertThat(guest.path("nationality").asString()).isEqualTo("CHN");

		// Resent (the first answer lost, say): the same record, nothing new.
		Api.Response again = hotel.post(RECORDS, record);
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().path("id").asLong()).isEqualTo(stored.path("id").asLong());
		assertThat(hotel.get(RECORDS + "?q=" + number).json().path("total").asLong()).isEqualTo(1);
		assertThat(hotel.get(RECORDS + "?attributes.room=0805&q=" + number).json().path("total").asLong()).isEqualTo(1);
		assertThat(hotel.get(RECORDS + "?attributes.room=0806&q=" + number).json().path("total").asLong()).isZero();

		// The station sees it, number masked (no full-view permission); the district in full.
		JsonNode seenByStation = api.loginDemo("station").get(RECORDS + "?q=0805&trade=HOTEL").json();
		assertThat(seenByStation.path("items").findValues("documentNumber").stream().map(JsonNode::asString))
			.contains(number.substring(0, 6) + "********" + number.substring(14));
		JsonNode detail = api.loginDemo("district").get(RECORDS + "/" + stored.path("id").asLong()).json();
		assertThat(detail.path("parties").get(0).path("documentNumber").asString()).isEqualTo(number);
	}

	@Test
	void theSameReferenceSentFromSeveralConnectionsAtOnceIsStoredOnce() throws Exception {
		Api hotel = api.loginDemo("hotel");
		String number = TestIds.citizen("500103", "19910911", 913);
		Map<String, Object> record = checkIn(reference(), "0707", domesticGuest(number, "并发测试"));
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
		try {
			List<java.util.concurrent.Future<Api.Response>> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(pool.submit(() -> hotel.post(RECORDS, record)));
			}
			List<Integer> statuses = new ArrayList<>();
			java.util.Set<Long> ids = new java.util.HashSet<>();
			for (java.util.concurrent.Future<Api.Response> answer : answers) {
				statuses.add(answer.get().status());
				ids.add(answer.get().json().path("id").asLong());
			}
			assertThat(statuses).containsOnly(201, 200);
			assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
			assertThat(ids).hasSize(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(hotel.get(RECORDS + "?q=" + number).json().path("total").asLong()).isEqualTo(1);
	}

	@Test
	void aWrongRecordIsRefusedWithEveryErrorNamedAndNothingStored() {
		Api hotel = api.loginDemo("hotel");
		String good = TestIds.citizen("500103", "19850101", 222);
		String badChecksum = good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1');
		Map<String, Object> guest = domesticGuest(badChecksum, "李四");
		Map<String, Object> second = domesticGuest(good, "王五");
		second.put("ethnicity", "99");
		second.put("sex", "1"); // sequence 222 is even: the number says woman
		Map<String, Object> record = checkIn(reference(), "", guest, second);
		record.put("attributes", Map.of("room", "", "rooom", "0806"));

		Api.Response refused = hotel.language("en").post(RECORDS, record);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-6003");
		Map<String, String> byField = new HashMap<>();
		refused.json().path("errors").forEach(e -> byField.put(e.path("field").asString(), e.path("code").asString()));
		assertThat(byField).containsEntry("attributes.room", "ZA-5009")
			.containsEntry("attributes.rooom", "ZA-6007")
			.containsEntry("parties[0].documentNumber", "ZA-4103")
			.containsEntry("parties[1].ethnicity", "ZA-4003")
			.containsEntry("parties[1].sex", "ZA-6022");
		assertThat(refused.json().path("errors").get(0).path("message").asString()).isNotBlank();
		assertThat(hotel.get(RECORDS + "?q=" + good).json().path("total").asLong()).isZero();
	}

	@Test
	void foreignGuestsAnswerTheEntryItemsResidentsDoNot() {
		Api hotel = api.loginDemo("hotel");
		Map<String, Object> tourist = new HashMap<>(Map.of("role", "GUEST", "documentType", "414", "documentNumber",
				"E" + (10_000_000 + (int) (Math.random() * 89_999_999)), "name", "SMITH JOHN", "latinSurname", "Smith",
				"latinGivenName", "John", "sex", "1", "birthDate", "1985-01-02", "nationality", "USA"));
		Api.Response missing = hotel.post(RECORDS, checkIn(reference(), "1201", tourist));
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().path("errors").findValues("field").stream().map(JsonNode::asString))
			.contains("parties[0].attributes.entryPort", "parties[0].attributes.entryDate",
					"parties[0].attributes.stayUntil", "parties[0].attributes.receivingUnit",
					"parties[0].attributes.overseasAddress");

		tourist.put("attributes", Map.of("visaType", "L", "stayUntil", "2026-12-31", "entryPort", "PEK", "entryDate",
				"2026-11-01", "receivingUnit", "重庆中国国际旅行社", "overseasAddress", "1 Main St, Springfield"));
		Api.Response stored = hotel.post(RECORDS, checkIn(reference(), "1201", tourist));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		JsonNode guest = stored.json().path("parties").get(0);
		assertThat(guest.path("latinSurname").asString()).isEqualTo("SMITH");
		assertThat(guest.path("attributes").path("entryPort").asString()).isEqualTo("PEK");

		Map<String, Object> resident = new HashMap<>(Map.of("role", "GUEST", "documentType", "553", "documentNumber",
				"USA" + (100_000_000_000L + (long) (Math.random() * 800_000_000_000L)), "name", "DOE JANE", "sex", "2",
				"birthDate", "1979-05-06", "nationality", "USA"));
		Api.Response residentStored = hotel.post(RECORDS, checkIn(reference(), "1202", resident));
		assertThat(residentStored.status()).as(residentStored.body()).isIn(201, 400);
		if (residentStored.status() == 400) {
			// The number form of 553 cards is checked by the reference rules; the entry items must not be asked.
			assertThat(residentStored.json().path("errors").findValues("field").stream().map(JsonNode::asString))
				.noneMatch(field -> field.contains("attributes."));
		}
	}

	@Test
	void checkOutAndRoomChangeAreKeptAsRevisions() {
		Api hotel = api.loginDemo("hotel");
		long id = hotel.post(RECORDS, checkIn(reference(), "0301", domesticGuest(
				TestIds.citizen("500103", "19770707", 331), "赵六"))).json().path("id").asLong();

		Api.Response moved = hotel.patch(RECORDS + "/" + id + "/attributes", Map.of("attributes", Map.of("room", "0302")));
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
		assertThat(moved.json().path("attributes").path("room").asString()).isEqualTo("0302");
		Api.Response notAmendable = hotel.patch(RECORDS + "/" + id + "/attributes",
				Map.of("attributes", Map.of("groupId", "G1")));
		assertThat(notAmendable.json().path("errors").get(0).path("code").asString()).isEqualTo("ZA-6018");

		Api.Response out = hotel.post(RECORDS + "/" + id + "/end", Map.of());
		assertThat(out.status()).as(out.body()).isEqualTo(200);
		assertThat(out.json().path("status").asString()).isEqualTo("ENDED");
		assertThat(out.json().path("endedAt").isNull()).isFalse();
		assertThat(hotel.post(RECORDS + "/" + id + "/end", Map.of()).code()).isEqualTo("ZA-6017");
		assertThat(hotel.get(RECORDS + "?status=OPEN&q=0302").json().path("items").findValues("id").stream()
			.map(JsonNode::asLong)).doesNotContain(id);

		// Police read but do not change a venue's records.
		assertThat(api.loginDemo("district").patch(RECORDS + "/" + id + "/attributes",
				Map.of("attributes", Map.of("room", "9999"))).status()).isEqualTo(403);
	}

	@Test
	void aLotIsAnsweredAtOnceThenDecidedRecordByRecordWithASignedReceipt() throws Exception {
		Api hotel = api.loginDemo("hotel");
		String reference = reference();
		Map<String, Object> valid = checkIn(reference, "0501", domesticGuest(
				TestIds.citizen("500103", "19920202", 441), "孙七"));
		Map<String, Object> invalid = checkIn(reference(), "0502", domesticGuest("123", "周八"));
		List<Object> records = new ArrayList<>(List.of(valid, invalid, valid, "not a record"));

		Api.Response received = hotel.post(RECORDS + "/batches", Map.of("records", records));
		assertThat(received.status()).as(received.body()).isEqualTo(202);
		String lotId = received.json().path("lotId").asString();
		JsonNode lot = awaitDone(hotel, lotId);
		assertThat(lot.path("stored").asInt()).isEqualTo(1);
		assertThat(lot.path("duplicates").asInt()).isEqualTo(1);
		assertThat(lot.path("rejected").asInt()).isEqualTo(2);
		JsonNode results = lot.path("results");
		assertThat(results.get(0).path("outcome").asString()).isEqualTo("STORED");
		assertThat(results.get(1).path("outcome").asString()).isEqualTo("REJECTED");
		assertThat(results.get(1).path("errors").get(0).path("field").asString()).isEqualTo("parties[0].documentNumber");
		assertThat(results.get(2).path("outcome").asString()).isEqualTo("DUPLICATE");
		assertThat(results.get(2).path("id").asLong()).isEqualTo(results.get(0).path("id").asLong());
		assertThat(results.get(3).path("errors").get(0).path("code").asString()).isEqualTo("ZA-6006");

		Api.Response receipt = hotel.get(RECORDS + "/batches/" + lotId + "/receipt");
		assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
		JsonNode signed = receipt.json();
		assertThat(signed.path("references").findValuesAsString("")).isEmpty();
		assertThat(signed.path("references").get(0).asString()).isEqualTo(reference);
		assertThat(signed.path("algorithm").asString()).isEqualTo("SM2-SM3");
		assertThat(api.post(RECORDS + "/receipts/verify", signed.toString()).json().path("valid").asBoolean()).isTrue();
		Map<String, Object> tampered = JSON.convertValue(signed, Map.class);
		tampered.put("stored", 2);
		assertThat(api.post(RECORDS + "/receipts/verify", tampered).json().path("valid").asBoolean()).isFalse();

		// Another venue's user (here: the police) cannot see the lot.
		assertThat(api.loginDemo("station").get(RECORDS + "/batches/" + lotId).status()).isEqualTo(403);
	}

	@Test
	void aDryRunChecksEveryRecordAndStoresNothing() {
		Api hotel = api.loginDemo("hotel");
		String number = TestIds.citizen("500103", "19930303", 551);
		Api.Response answer = hotel.post(RECORDS + "/validate", Map.of("records", List.of(
				checkIn(reference(), "0601", domesticGuest(number, "吴九")),
				checkIn(reference(), "0602", domesticGuest(number.substring(0, 17), "郑十")))));
		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		JsonNode results = answer.json().path("results");
		assertThat(results.get(0).path("valid").asBoolean()).isTrue();
		assertThat(results.get(1).path("valid").asBoolean()).isFalse();
		assertThat(results.get(1).path("errors").get(0).path("code").asString()).isEqualTo("ZA-4102");
		assertThat(hotel.get(RECORDS + "?q=" + number).json().path("total").asLong()).isZero();
		assertThat(hotel.post(RECORDS + "/batches", Map.of("records", List.of())).code()).isEqualTo("ZA-6014");
	}

	@Test
	void aVenueSystemKeyWritesForItsVenueAndNothingElse() {
		Api hotel = api.loginDemo("hotel");
		Api.Response issued = hotel.post("/api/v1/api-keys", Map.of("name", "前台 PMS"));
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		String credential = issued.json().path("keyId").asString() + "." + issued.json().path("secret").asString();
		Api pms = api.withApiKey(credential);

		Api.Response stored = pms.post(RECORDS, checkIn(reference(), "0701", domesticGuest(
				TestIds.citizen("500103", "19880808", 661), "钱十一")));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		assertThat(stored.json().path("source").asString()).isEqualTo("API");
		assertThat(pms.get("/api/v1/users").status()).isEqualTo(403);
		assertThat(pms.get("/api/v1/api-keys").status()).isEqualTo(403);
		assertThat(hotel.get("/api/v1/api-keys").json().findValues("lastUsedAt").get(0).isNull()).isFalse();

		assertThat(hotel.delete("/api/v1/api-keys/" + issued.json().path("id").asLong()).status()).isEqualTo(204);
		assertThat(pms.post(RECORDS, checkIn(reference(), "0702", domesticGuest(
				TestIds.citizen("500103", "19880808", 663), "钱十二"))).status()).isEqualTo(401);
		assertThat(api.withApiKey(issued.json().path("keyId").asString() + ".wrong").get(RECORDS + "/drafts").status())
			.isEqualTo(401);
	}

	@Test
	void photosAndDraftsBelongToTheVenue() {
		Api hotel = api.loginDemo("hotel");
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0 };
		Api.Response photo = hotel.upload("/api/v1/files", "card.jpg", "image/jpeg", jpeg,
				Map.of("purpose", "DOCUMENT_PHOTO"));
		assertThat(photo.status()).as(photo.body()).isEqualTo(201);
		long photoId = photo.json().path("id").asLong();
		assertThat(hotel.upload("/api/v1/files", "card.jpg", "image/jpeg", "not an image".getBytes(),
				Map.of("purpose", "DOCUMENT_PHOTO")).code()).isEqualTo("ZA-6103");
		assertThat(hotel.upload("/api/v1/files", "big.jpg", "image/jpeg", oversized(jpeg),
				Map.of("purpose", "DOCUMENT_PHOTO")).code()).isEqualTo("ZA-6102");

		Api.Response draft = hotel.post(RECORDS + "/drafts", Map.of("documentPhotoId", photoId, "note", "0902 两位"));
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		long draftId = draft.json().path("id").asLong();
		assertThat(hotel.get(RECORDS + "/drafts").json().findValues("id").stream().map(JsonNode::asLong))
			.contains(draftId);

		Map<String, Object> guest = domesticGuest(TestIds.citizen("500103", "19660606", 771), "冯十三");
		guest.put("documentPhotoId", photoId);
		Map<String, Object> record = checkIn(reference(), "0902", guest);
		record.put("draftId", draftId);
		Api.Response completed = hotel.post(RECORDS, record);
		assertThat(completed.status()).as(completed.body()).isEqualTo(201);
		assertThat(hotel.get(RECORDS + "/drafts").json().findValues("id").stream().map(JsonNode::asLong))
			.doesNotContain(draftId);
		// A draft completes once: a second record naming it is refused whole.
		Map<String, Object> reuse = checkIn(reference(), "0903", domesticGuest(
				TestIds.citizen("500103", "19660606", 773), "冯十四"));
		reuse.put("draftId", draftId);
		Api.Response refused = hotel.post(RECORDS, reuse);
		assertThat(refused.json().path("errors").get(0).path("code").asString()).isEqualTo("ZA-6020");
		assertThat(hotel.get(RECORDS + "?q=冯十四").json().path("total").asLong()).isZero();

		Api.Response download = api.loginDemo("district").get("/api/v1/files/" + photoId);
		assertThat(download.status()).isEqualTo(200);
		assertThat(download.contentType()).startsWith("image/jpeg");
	}

	private static byte[] oversized(byte[] header) {
		byte[] big = new byte[2 * 1024 * 1024 + 1];
		System.arraycopy(header, 0, big, 0, header.length);
		return big;
	}

	static JsonNode awaitDone(Api client, String lotId) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (Instant.now().isBefore(deadline)) {
			JsonNode lot = client.get(RECORDS + "/batches/" + lotId).json();
			if ("DONE".equals(lot.path("status").asString())) {
				return lot;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("lot " + lotId + " not done within 60 s");
	}
}
