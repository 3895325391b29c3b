package io.zhian.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import tools.jackson.databind.JsonNode;

/**
 * A lot's chunk is stored in bulk (LotChunk, RecordStore.storeAll) and still decides every position as the single
 * path would: the right outcome per position, the same rows as the same record submitted alone, one audit row per
 * chunk, and the watch-list comparison through RecordsStored.
 */
class BulkLotIntakeTest extends IntegrationTest {

	private static final String RECORDS = "/api/v1/records";
	/** What may differ between a record stored by a lot and its twin submitted alone. */
	private static final String RECORD_OWN = "- 'id' - 'occurred_at' - 'reference' - 'received_at' - 'source' - 'lot_id'";
	private static final String ROW_OWN = "- 'record_id' - 'occurred_at'";

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMixedLotGetsTheRightOutcomeAtEveryPositionWithOneAuditRowAndItsAlarm() throws Exception {
		Api hotel = api.loginDemo("hotel");
		Api station = api.loginDemo("station");
		String wanted = TestIds.citizen("500103", "19340512", 611);
		Api.Response entry = station.post("/api/v1/watch/entries", Map.of("targetType", "PERSON", "documentType",
				"111", "documentNumber", wanted, "name", "批量布控", "category", "FUGITIVE", "reason", "网上追逃"));
		assertThat(entry.status()).as(entry.body()).isEqualTo(201);

		Map<String, Object> first = Stays.checkIn(Stays.reference(), "1501", Stays.domesticGuest(wanted, "批量布控"));
		Map<String, Object> alreadyStored = Stays.checkIn(Stays.reference(), "1502",
				Stays.domesticGuest(TestIds.citizen("500103", "19340513", 613), "早已登记"));
		long storedBefore = created(hotel.post(RECORDS, alreadyStored));
		Map<String, Object> twin = Stays.checkIn(Stays.reference(), "1503",
				Stays.domesticGuest(TestIds.citizen("500103", "19340514", 615), "双 生"),
				Stays.domesticGuest(TestIds.citizen("500103", "19340515", 616), "吕 雙"));
		long twinAlone = created(hotel.post(RECORDS, twin));
		Map<String, Object> withDraft = Stays.checkIn(Stays.reference(), "1504",
				Stays.domesticGuest(TestIds.citizen("500103", "19340516", 617), "临存补录"));
		long draftId = draft(hotel);
		withDraft.put("draftId", draftId);

		List<Object> records = new ArrayList<>();
		records.add(first);
		records.add(Stays.checkIn(Stays.reference(), "1505", Stays.domesticGuest("123", "号码不对")));
		records.add(first);
		records.add(alreadyStored);
		records.add("not a record");
		records.add(withDraft);
		records.add(renamed(twin));
		records.add(first);
		JsonNode lot = lot(hotel, records);

		assertThat(outcomes(lot)).containsExactly("STORED", "REJECTED", "DUPLICATE", "DUPLICATE", "REJECTED", "STORED",
				"STORED", "DUPLICATE");
		assertThat(List.of(lot.path("stored").asInt(), lot.path("duplicates").asInt(), lot.path("rejected").asInt()))
			.containsExactly(3, 3, 2);
		JsonNode results = lot.path("results");
		long firstId = results.get(0).path("id").asLong();
		assertThat(results.get(1).path("errors").get(0).path("field").asString()).isEqualTo("parties[0].documentNumber");
		assertThat(results.get(2).path("id").asLong()).isEqualTo(firstId);
		assertThat(results.get(3).path("id").asLong()).isEqualTo(storedBefore);
		assertThat(results.get(4).path("errors").get(0).path("code").asString()).isEqualTo("ZA-6006");
		assertThat(results.get(7).path("id").asLong()).as("a repeat after the draft's single path").isEqualTo(firstId);
		long draftRecord = results.get(5).path("id").asLong();
		long twinInLot = results.get(6).path("id").asLong();
		assertThat(hotel.get(RECORDS + "/drafts").json().findValues("id").stream().map(JsonNode::asLong))
			.doesNotContain(draftId);

		assertSameRows(twinAlone, twinInLot);
		assertThat(jdbc.sql("select source from record where id = ?").param(twinInLot).query(String.class).single())
			.isEqualTo("BATCH");

		// One audit row for the chunk, naming positions and ids; the draft's record went the single path.
		List<String> chunkAudits = jdbc.sql("""
				select detail from audit_event where entity_type = 'RecordLot' and entity_id = ? and action = 'CREATE'
				and detail like 'stored records%'""").param(lot.path("lotId").asString()).query(String.class).list();
		assertThat(chunkAudits).hasSize(1);
		assertThat(chunkAudits.get(0)).contains("0=" + firstId, "6=" + twinInLot).doesNotContain("5=" + draftRecord);
		assertThat(recordAudits(firstId)).isZero();
		assertThat(recordAudits(twinInLot)).isZero();
		assertThat(recordAudits(draftRecord)).isEqualTo(1);

		JsonNode alarms = null;
		for (int i = 0; i < 150 && (alarms == null || alarms.isEmpty()); i++) {
			Thread.sleep(100);
			alarms = station.get("/api/v1/alarms?documentNumber=" + wanted).json().path("items");
		}
		assertThat(alarms).hasSize(1);
		assertThat(alarms.get(0).path("kind").asString()).isEqualTo("WATCH_HIT");
		assertThat(alarms.get(0).path("recordId").asLong()).isEqualTo(firstId);
	}

	@Test
	void aRecordTheDatabaseRefusesFailsAloneAndItsNeighboursAreStored() throws Exception {
		Api hotel = api.loginDemo("hotel");
		// Thirty characters pass the checks (a name may have 100), but their pinyin key is longer than its column.
		Map<String, Object> tooLongForTheKeys = Stays.checkIn(Stays.reference(), "1601",
				Stays.domesticGuest(TestIds.citizen("500103", "19340601", 621), "张".repeat(30)));
		List<Object> records = List.of(
				Stays.checkIn(Stays.reference(), "1602", Stays.domesticGuest(TestIds.citizen("500103", "19340602", 623),
						"邻居甲")),
				tooLongForTheKeys,
				Stays.checkIn(Stays.reference(), "1603", Stays.domesticGuest(TestIds.citizen("500103", "19340603", 625),
						"邻居乙")));
		JsonNode lot = lot(hotel, records);

		assertThat(outcomes(lot)).containsExactly("STORED", "REJECTED", "STORED");
		assertThat(lot.path("results").get(1).path("errors").get(0).path("code").asString()).isEqualTo("ZA-0001");
		for (int position : new int[] { 0, 2 }) {
			long id = lot.path("results").get(position).path("id").asLong();
			assertThat(hotel.get(RECORDS + "/" + id).status()).as("neighbour #" + position).isEqualTo(200);
		}
		assertThat(jdbc.sql("select count(*) from record_key where reference = ?")
			.param(tooLongForTheKeys.get("reference")).query(Long.class).single()).isZero();
	}

	@Test
	void vehiclesAndItemsOfALotAreTheRowsTheSinglePathWrites() throws Exception {
		Api repair = api.loginDemo("repair");
		Map<String, Object> order = TradeIntakeTest.repairOrder(Stays.reference(),
				TestIds.citizen("500112", "19780306", 457), "渝a·8x2m6", "lsvau2181n2183460");
		long alone = created(repair.post(RECORDS, order));
		JsonNode repairs = lot(repair, List.of(renamed(order)));
		assertThat(outcomes(repairs)).containsExactly("STORED");
		assertSameRows(alone, repairs.path("results").get(0).path("id").asLong());

		Api pawn = api.loginDemo("pawn");
		Map<String, Object> pledge = TradeIntakeTest.pledge(Stays.reference(),
				TestIds.citizen("500103", "19850413", 203), "35-320911-234567-3");
		long pledgedAlone = created(pawn.post(RECORDS, pledge));
		JsonNode pledges = lot(pawn, List.of(renamed(pledge)));
		assertThat(outcomes(pledges)).containsExactly("STORED");
		assertSameRows(pledgedAlone, pledges.path("results").get(0).path("id").asLong());
	}

	/** The header, parties, vehicles and items of both records agree in everything but their own keys. */
	private void assertSameRows(long alone, long inLot) {
		assertThat(rows("select to_jsonb(r) " + RECORD_OWN + " from record r where id = ?", inLot))
			.isEqualTo(rows("select to_jsonb(r) " + RECORD_OWN + " from record r where id = ?", alone))
			.hasSize(1);
		for (String table : List.of("record_party", "record_vehicle", "record_item")) {
			String sql = "select to_jsonb(t) " + ROW_OWN + " from " + table + " t where record_id = ? order by position";
			assertThat(rows(sql, inLot)).as(table).isEqualTo(rows(sql, alone));
		}
		assertThat(rows("select to_jsonb(p) " + ROW_OWN + " from record_party p where record_id = ?", inLot))
			.isNotEmpty();
	}

	private List<String> rows(String sql, long recordId) {
		return jdbc.sql(sql).param(recordId).query(String.class).list();
	}

	private long recordAudits(long recordId) {
		return jdbc.sql("select count(*) from audit_event where entity_type = 'Record' and entity_id = ?")
			.param(String.valueOf(recordId)).query(Long.class).single();
	}

	private static Map<String, Object> renamed(Map<String, Object> record) {
		Map<String, Object> copy = new HashMap<>(record);
		copy.put("reference", Stays.reference());
		return copy;
	}

	private static long created(Api.Response response) {
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json().path("id").asLong();
	}

	private static JsonNode lot(Api client, List<Object> records) throws InterruptedException {
		Api.Response received = client.post(RECORDS + "/batches", Map.of("records", records));
		assertThat(received.status()).as(received.body()).isEqualTo(202);
		return RecordIntakeTest.awaitDone(client, received.json().path("lotId").asString());
	}

	private static List<String> outcomes(JsonNode lot) {
		List<String> outcomes = new ArrayList<>();
		lot.path("results").forEach(result -> outcomes.add(result.path("outcome").asString()));
		return outcomes;
	}

	/** An open 临存 draft of the venue, with a document photo. */
	private static long draft(Api hotel) {
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0 };
		Api.Response photo = hotel.upload("/api/v1/files", "card.jpg", "image/jpeg", jpeg,
				Map.of("purpose", "DOCUMENT_PHOTO"));
		assertThat(photo.status()).as(photo.body()).isEqualTo(201);
		Api.Response draft = hotel.post(RECORDS + "/drafts",
				Map.of("documentPhotoId", photo.json().path("id").asLong(), "note", "批量临存"));
		assertThat(draft.status()).as(draft.body()).isEqualTo(201);
		return draft.json().path("id").asLong();
	}
}
