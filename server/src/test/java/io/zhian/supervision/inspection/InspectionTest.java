package io.zhian.supervision.inspection;

import static io.zhian.supervision.inspection.Inspecting.INSPECTIONS;
import static io.zhian.supervision.inspection.Inspecting.RECTIFICATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.zhian.support.Accounts;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.trade.TradeProfiles;
import tools.jackson.databind.JsonNode;

/**
 * 治安检查 and 整改 through the API: shipped checklists, scoring, grading and the due date a grade sets, data
 * scope, tasks, the rectification lifecycle and its overdue escalation. Each test works on its own demo venue.
 */
class InspectionTest extends IntegrationTest {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	@Autowired
	private TradeProfiles trades;

	@Autowired
	private RectificationEscalation escalation;

	@Test
	void everyTradeHasADefaultChecklistWithTheCommonPartFireSafetyAndItsOwnSection() {
		Api station = api.loginDemo("station");
		JsonNode templates = station.get("/api/v1/inspection-templates").json();
		List<String> covered = templates.valueStream().map(t -> t.path("trade").asString()).toList();
		assertThat(covered).containsAll(trades.all().stream().map(p -> p.code()).toList()).contains("ENTERTAINMENT");
		for (String trade : covered) {
			// Version 1 is the shipped default (another test edits a checklist).
			JsonNode versions = station.get("/api/v1/inspection-templates/trades/" + trade).json();
			JsonNode template = versions.get(versions.size() - 1);
			assertThat(template.path("version").asInt()).isEqualTo(1);
			List<String> sections = template.path("sections").findValues("code").stream().map(JsonNode::asString)
				.toList();
			assertThat(sections).as(trade).contains("LICENCE", "STAFF", "SECURITY", "FIRE", trade, "EXITS_CLEAR");
			assertThat(template.path("legalBasis").asString()).as(trade).isNotBlank();
		}
	}

	@Test
	void scoreGradeAndFrequencyFollowTheAnswersAndTheConfiguredIntervals() {
		Api station = api.loginDemo("station");
		long pawnshop = Inspecting.venueId(station, "重庆解放碑典当行");
		JsonNode perfect = Inspecting.inspect(station, pawnshop, "PAWN", Set.of());
		assertThat(perfect.path("score").asInt()).isEqualTo(100);
		assertThat(perfect.path("grade").asString()).isEqualTo("A");
		assertThat(perfect.path("problems").isEmpty()).isTrue();
		assertThat(perfect.path("location").path("accuracy").asDouble()).isEqualTo(12.5);
		assertThat(dueOf(station, pawnshop).path("nextDue").asString())
			.isEqualTo(today().plusMonths(12).toString());

		// Common part 80 points + pawn part 25 = 105. Failing fire exits (5), CCTV (10), records (15) and the
		// pledger check (10) leaves 65 of 105 = 62 → C (60 ≤ 62 < 75): due again in 3 months.
		JsonNode poor = Inspecting.inspect(station, pawnshop, "PAWN",
				Set.of("EXITS_CLEAR", "CCTV_WORKING", "RECORDS_UPLOADED", "PLEDGER_VERIFIED"));
		assertThat(poor.path("possible").asInt()).isEqualTo(105);
		assertThat(poor.path("earned").asInt()).isEqualTo(65);
		assertThat(poor.path("score").asInt()).isEqualTo(62);
		assertThat(poor.path("grade").asString()).isEqualTo("C");
		assertThat(poor.path("problems").valueStream().map(JsonNode::asString))
			.containsExactlyInAnyOrder("EXITS_CLEAR", "CCTV_WORKING", "RECORDS_UPLOADED", "PLEDGER_VERIFIED");
		JsonNode due = dueOf(station, pawnshop);
		assertThat(due.path("grade").asString()).as("the last inspection's grade").isEqualTo("C");
		assertThat(due.path("nextDue").asString()).isEqualTo(today().plusMonths(3).toString());

		// The city bureau shortens grade C to 2 months: the due date follows at once. Restored afterwards.
		Api city = api.loginDemo("city");
		JsonNode grading = city.get(INSPECTIONS + "/grading").json();
		assertThat(station.put(INSPECTIONS + "/grading", grading).status()).isEqualTo(403);
		assertThat(city.put(INSPECTIONS + "/grading", Map.of("aMin", 60, "bMin", 70, "cMin", 50, "aMonths", 12,
				"bMonths", 6, "cMonths", 3, "dMonths", 1, "ungradedDays", 0)).code()).isEqualTo("ZA-9032");
		try {
			Map<String, Object> shorter = Map.of("aMin", 90, "bMin", 75, "cMin", 60, "aMonths", 12, "bMonths", 6,
					"cMonths", 2, "dMonths", 1, "ungradedDays", 0);
			assertThat(city.put(INSPECTIONS + "/grading", shorter).status()).isEqualTo(200);
			assertThat(dueOf(station, pawnshop).path("nextDue").asString())
				.isEqualTo(today().plusMonths(2).toString());
		}
		finally {
			city.put(INSPECTIONS + "/grading", grading);
		}

		// Graded D (48: 50 of 105), it is due again in a month; 40 days on it is overdue.
		JsonNode bad = Inspecting.inspect(station, pawnshop, "PAWN", Set.of("RECORDS_UPLOADED", "STAFF_REGISTERED",
				"CCTV_WORKING", "PLEDGER_VERIFIED", "SUSPECT_GOODS"));
		assertThat(bad.path("grade").asString()).isEqualTo("D");
		assertThat(dueOf(station, pawnshop).path("nextDue").asString()).isEqualTo(today().plusMonths(1).toString());
		clock.advance(Duration.ofDays(40));
		station = api.loginDemo("station");
		assertThat(dueOf(station, pawnshop).path("overdue").asBoolean()).isTrue();
		assertThat(station.get(INSPECTIONS + "/due?filter=OVERDUE&size=200").json().path("items")
			.findValues("id").stream().map(JsonNode::asLong)).contains(pawnshop);
	}

	@Test
	void aBadInspectionIsRefusedFieldByFieldAndNothingIsStored() {
		Api station = api.loginDemo("station");
		long repair = Inspecting.venueId(station, "渝中区顺达汽车修理厂");
		long before = station.get(INSPECTIONS + "?venueId=" + repair).json().path("total").asLong();
		JsonNode template = Inspecting.template(station, "VEHICLE_REPAIR");
		Map<String, Object> form = Inspecting.form(repair, template, Set.of());
		List<Map<String, Object>> answers = Inspecting.answers(template, Set.of());
		answers.remove(0);
		answers.add(Map.of("item", "NO_SUCH_ITEM", "passed", true));
		answers.add(Map.of("item", "CCTV_WORKING", "score", 99));
		form.put("results", answers);
		form.put("officers", " ");
		form.put("joint", true);
		form.put("photoIds", List.of(999999999L));
		form.put("location", Map.of("latitude", 123.0, "longitude", 106.5));
		Api.Response refused = station.post(INSPECTIONS, form);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.code()).isEqualTo("ZA-9020");
		assertThat(refused.json().path("errors").findValues("field").stream().map(JsonNode::asString))
			.contains("results", "results.LICENCE_DISPLAYED", "results.CCTV_WORKING", "officers",
					"jointDepartments", "photoIds", "location");
		// The checklist of another trade is not this venue's.
		Map<String, Object> wrongTemplate = Inspecting.form(repair, Inspecting.template(station, "HOTEL"), Set.of());
		assertThat(station.post(INSPECTIONS, wrongTemplate).json().path("errors").findValues("code").stream()
			.map(JsonNode::asString)).contains("ZA-9024");
		assertThat(station.get(INSPECTIONS + "?venueId=" + repair).json().path("total").asLong()).isEqualTo(before);
		// Venues cannot inspect.
		assertThat(api.loginDemo("repair").post(INSPECTIONS, form).status()).isEqualTo(403);
	}

	@Test
	void inspectionsStayWithinScope() {
		Api station = api.loginDemo("station");
		long usedCars = Inspecting.venueId(station, "渝中二手机动车交易市场");
		Api.Response photo = station.upload(INSPECTIONS + "/photos?venueId=" + usedCars, "scene.jpg", "image/jpeg",
				Inspecting.JPEG, Map.of());
		assertThat(photo.status()).as(photo.body()).isEqualTo(201);
		long photoId = photo.json().path("id").asLong();
		Map<String, Object> form = Inspecting.form(usedCars, Inspecting.template(station, "USED_CAR"),
				Set.of("DOCUMENTS_CHECKED"));
		form.put("photoIds", List.of(photoId));
		Api.Response created = station.post(INSPECTIONS, form);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();

		Api admin = api.loginDemo("admin");
		Accounts.Created other = Accounts.activeStationOfficer(admin, api, "Other-station-2026", "500103020000");
		Api elsewhere = api.login(other.username(), other.password());
		assertThat(elsewhere.get(INSPECTIONS + "/" + id).code()).isEqualTo("ZA-9021");
		assertThat(elsewhere.get(INSPECTIONS + "?venueId=" + usedCars).json().path("total").asLong()).isZero();
		Api.Response outside = elsewhere.post(INSPECTIONS,
				Inspecting.form(usedCars, Inspecting.template(elsewhere, "USED_CAR"), Set.of()));
		assertThat(outside.json().path("errors").findValues("code").stream().map(JsonNode::asString))
			.contains("ZA-9022");
		assertThat(elsewhere.upload(INSPECTIONS + "/photos?venueId=" + usedCars, "scene.jpg", "image/jpeg",
				Inspecting.JPEG, Map.of()).code()).isEqualTo("ZA-9022");
		assertThat(elsewhere.get("/api/v1/files/" + photoId).status()).isEqualTo(404);

		// The venue reads its own history, another venue does not see it.
		Api usedCar = api.loginDemo("usedcar");
		assertThat(usedCar.get(INSPECTIONS + "/" + id).json().path("photoIds").get(0).asLong()).isEqualTo(photoId);
		assertThat(usedCar.get("/api/v1/files/" + photoId).status()).isEqualTo(200);
		assertThat(api.loginDemo("pawn").get(INSPECTIONS + "/" + id).code()).isEqualTo("ZA-9021");
		assertThat(api.loginDemo("district").get(INSPECTIONS + "/" + id).status()).isEqualTo(200);
	}

	@Test
	void aRectificationIsIssuedAnsweredRejectedAnsweredAgainAndAccepted() {
		Api station = api.loginDemo("station");
		long hotelId = Inspecting.venueId(station, "重庆解放碑示范大酒店");
		JsonNode inspection = Inspecting.inspect(station, hotelId, "HOTEL", Set.of("EXTINGUISHERS", "VISITORS_REGISTERED"));
		long inspectionId = inspection.path("id").asLong();
		LocalDate deadline = today().plusDays(15);

		Api.Response issued = station.post(RECTIFICATIONS,
				Map.of("inspectionId", inspectionId, "deadline", deadline.toString()));
		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		JsonNode notice = issued.json();
		long id = notice.path("id").asLong();
		assertThat(notice.path("status").asString()).isEqualTo("OPEN");
		assertThat(notice.path("legalBasis").asString()).contains("旅馆业治安管理办法");
		assertThat(notice.path("items").valueStream().map(JsonNode::asString))
			.containsExactly("灭火器材配置齐全、在有效期内", "访客登记");
		assertThat(station.post(RECTIFICATIONS, Map.of("inspectionId", inspectionId, "deadline", deadline.toString()))
			.code()).isEqualTo("ZA-9040");
		long clean = Inspecting.inspect(station, hotelId, "HOTEL", Set.of()).path("id").asLong();
		assertThat(station.post(RECTIFICATIONS, Map.of("inspectionId", clean, "deadline", deadline.toString())).code())
			.isEqualTo("ZA-9041");
		assertThat(station.post(RECTIFICATIONS + "/" + id + "/accept", Map.of()).code()).isEqualTo("ZA-9042");

		Api hotel = api.loginDemo("hotel");
		assertThat(hotel.get(RECTIFICATIONS + "?status=OPEN&size=100").json().path("items").findValues("id").stream()
			.map(JsonNode::asLong)).contains(id);
		assertThat(api.loginDemo("pawn").get(RECTIFICATIONS + "/" + id).code()).isEqualTo("ZA-9039");
		assertThat(hotel.post(RECTIFICATIONS + "/" + id + "/replies", Map.of("text", " ")).code()).isEqualTo("ZA-9038");
		Api.Response photo = hotel.upload("/api/v1/files", "fix.jpg", "image/jpeg", Inspecting.JPEG,
				Map.of("purpose", "RECTIFICATION_PHOTO"));
		assertThat(photo.status()).as(photo.body()).isEqualTo(201);
		long photoId = photo.json().path("id").asLong();

		Api.Response answered = hotel.post(RECTIFICATIONS + "/" + id + "/replies",
				Map.of("text", "已更换灭火器", "photoIds", List.of(photoId)));
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().path("status").asString()).isEqualTo("ANSWERED");
		assertThat(hotel.post(RECTIFICATIONS + "/" + id + "/replies", Map.of("text", "再次")).code())
			.isEqualTo("ZA-9042");
		assertThat(hotel.post(RECTIFICATIONS + "/" + id + "/accept", Map.of()).status()).isEqualTo(403);

		assertThat(station.post(RECTIFICATIONS + "/" + id + "/reject", Map.of()).code()).isEqualTo("ZA-9038");
		JsonNode rejected = station.post(RECTIFICATIONS + "/" + id + "/reject", Map.of("reason", "访客登记仍未落实"))
			.json();
		assertThat(rejected.path("status").asString()).isEqualTo("OPEN");
		assertThat(rejected.path("replies").get(0).path("decision").asString()).isEqualTo("REJECTED");

		hotel.post(RECTIFICATIONS + "/" + id + "/replies", Map.of("text", "已设访客登记簿并培训前台"));
		JsonNode accepted = station.post(RECTIFICATIONS + "/" + id + "/accept", Map.of("note", "复查合格")).json();
		assertThat(accepted.path("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.path("closedByName").asString()).isEqualTo("王晓东");
		assertThat(accepted.path("replies").size()).isEqualTo(2);
		assertThat(accepted.path("replies").get(0).path("photoIds").get(0).asLong()).isEqualTo(photoId);
		assertThat(station.get(INSPECTIONS + "/" + inspectionId).json().path("rectificationId").asLong()).isEqualTo(id);
	}

	@Test
	void anUnansweredNoticeFallsOverdueAndIsEscalatedToTheDistrictOnce() {
		Api station = api.loginDemo("station");
		long scrapYard = Inspecting.venueId(station, "重庆渝中报废汽车回收有限公司");
		long inspectionId = Inspecting.inspect(station, scrapYard, "END_OF_LIFE_VEHICLE", Set.of("FIVE_ASSEMBLIES"))
			.path("id").asLong();
		long id = station.post(RECTIFICATIONS, Map.of("inspectionId", inspectionId, "deadline", today().toString()))
			.json().path("id").asLong();
		escalation.escalateOverdue();
		assertThat(station.get(RECTIFICATIONS + "/" + id).json().path("overdueAt").isNull()).isTrue();

		clock.advance(Duration.ofDays(2));
		// The scheduled run may come first; either way the notice is escalated, and only once.
		escalation.escalateOverdue();
		assertThat(escalation.escalateOverdue()).as("only once").isZero();
		station = api.loginDemo("station");
		JsonNode notice = station.get(RECTIFICATIONS + "/" + id).json();
		assertThat(notice.path("overdueAt").isNull()).isFalse();
		assertThat(notice.path("escalatedUnitName").asString()).isEqualTo("渝中区分局");
		assertThat(api.loginDemo("district").get(RECTIFICATIONS + "?overdue=true&size=200").json().path("items")
			.findValues("id").stream().map(JsonNode::asLong)).contains(id);
	}

	@Test
	void aTaskFromTheDistrictIsDoneWhenItsVenuesAreInspectedAndOverdueOtherwise() {
		Api district = api.loginDemo("district");
		Api station = api.loginDemo("station");
		long scrap = Inspecting.venueId(station, "渝中再生资源回收站");
		long consign = Inspecting.venueId(station, "解放碑名品寄卖行");
		long stationUnit = Accounts.unitId(district, "500103010000");
		Map<String, Object> task = Map.of("title", "节前安全检查", "assigneeUnitId", stationUnit, "deadline",
				today().plusDays(3).toString(), "venueIds", List.of(scrap, consign));

		assertThat(station.post("/api/v1/inspection-tasks", Map.of("title", "x", "assigneeUnitId",
				Accounts.unitId(district, "500103020000"), "deadline", today().toString(), "venueIds", List.of(scrap)))
			.json().path("errors").findValues("field").stream().map(JsonNode::asString)).contains("assigneeUnitId");
		Api.Response created = district.post("/api/v1/inspection-tasks", task);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long id = created.json().path("id").asLong();
		assertThat(created.json().path("status").asString()).isEqualTo("OPEN");

		Inspecting.inspect(station, scrap, "SCRAP_METAL", Set.of());
		JsonNode half = station.get("/api/v1/inspection-tasks/" + id).json();
		assertThat(half.path("status").asString()).isEqualTo("OPEN");
		assertThat(half.path("done").asInt()).isEqualTo(1);

		clock.advance(Duration.ofDays(5));
		station = api.loginDemo("station");
		district = api.loginDemo("district");
		assertThat(station.get("/api/v1/inspection-tasks/" + id).json().path("status").asString())
			.isEqualTo("OVERDUE");
		assertThat(district.get("/api/v1/inspection-tasks?status=OVERDUE&size=200").json().path("items")
			.findValues("id").stream().map(JsonNode::asLong)).contains(id);

		Inspecting.inspect(station, consign, "CONSIGNMENT", Set.of());
		assertThat(station.get("/api/v1/inspection-tasks/" + id).json().path("status").asString()).isEqualTo("DONE");
	}

	@Test
	void anEditedChecklistIsANewVersionAndPastInspectionsKeepTheirs() {
		Api station = api.loginDemo("station");
		Api city = api.loginDemo("city");
		long market = Inspecting.venueId(station, "较场口旧货市场");
		JsonNode old = Inspecting.template(station, "SECOND_HAND");
		long pastId = Inspecting.inspect(station, market, "SECOND_HAND", Set.of()).path("id").asLong();

		Map<String, Object> draft = Map.of("legalBasis", "《旧货流通管理办法》", "sections", List.of(Map.of("code", "ALL",
				"title", "旧货检查", "titleEn", "Second-hand", "items", List.of(Map.of("code", "BOOK_KEPT", "text", "台账齐全",
						"textEn", "Ledger kept", "type", "CHECK", "points", 10, "fire", false)))));
		assertThat(station.post("/api/v1/inspection-templates/trades/SECOND_HAND", draft).status()).isEqualTo(403);
		Api.Response bad = city.post("/api/v1/inspection-templates/trades/SECOND_HAND", Map.of("legalBasis", "x",
				"sections", List.of(Map.of("title", "t", "items", List.of(Map.of("code", "bad code", "text", "t",
						"type", "SCORE", "points", 0, "fire", false))))));
		assertThat(bad.code()).isEqualTo("ZA-9025");
		assertThat(bad.json().path("errors").findValues("code").stream().map(JsonNode::asString))
			.contains("ZA-9026", "ZA-9027");
		Api.Response saved = city.post("/api/v1/inspection-templates/trades/SECOND_HAND", draft);
		assertThat(saved.status()).as(saved.body()).isEqualTo(201);
		assertThat(saved.json().path("version").asInt()).isEqualTo(old.path("version").asInt() + 1);

		// The old version can no longer be filled in; the past inspection still shows it.
		assertThat(station.post(INSPECTIONS, Inspecting.form(market, old, Set.of())).json().path("errors")
			.findValues("code").stream().map(JsonNode::asString)).contains("ZA-9024");
		assertThat(station.get(INSPECTIONS + "/" + pastId).json().path("templateVersion").asInt())
			.isEqualTo(old.path("version").asInt());
		JsonNode fresh = Inspecting.inspect(station, market, "SECOND_HAND", Set.of());
		assertThat(fresh.path("possible").asInt()).isEqualTo(10);
		assertThat(station.get("/api/v1/inspection-templates/trades/SECOND_HAND").json().size()).isGreaterThan(1);
	}

	private JsonNode dueOf(Api officer, long venueId) {
		for (JsonNode due : officer.get(INSPECTIONS + "/due?filter=ALL&size=200").json().path("items")) {
			if (due.path("venue").path("id").asLong() == venueId) {
				return due;
			}
		}
		throw new AssertionError("venue " + venueId + " not in the due list");
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), CHINA);
	}
}
