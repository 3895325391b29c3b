package io.zhian.trade;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.zhian.reference.CodeTables;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import tools.jackson.databind.JsonNode;

/**
 * The trades declared as resources: all seven load next to the hotel, every code table they name exists, the
 * API serves their vehicle and item roles, and the demo venues' records went through intake.
 */
class DeclaredTradesTest extends IntegrationTest {

	private static final List<String> RECORD_TRADES = List.of("PAWN", "SCRAP_METAL", "SECOND_HAND", "CONSIGNMENT",
			"VEHICLE_REPAIR", "USED_CAR", "END_OF_LIFE_VEHICLE");

	@Autowired
	TradeProfiles profiles;

	@Autowired
	CodeTables codes;

	@Test
	void everyDeclaredCodeTableExistsAndEveryTradeIsACodeOfTheTradeTable() {
		assertThat(profiles.all()).extracting(TradeProfile::code).contains("HOTEL").containsAll(RECORD_TRADES);
		List<String> tables = new ArrayList<>();
		for (TradeProfile profile : profiles.all()) {
			assertThat(codes.find(CodeTables.TRADE, profile.code())).as(profile.code()).isPresent();
			for (RecordKind kind : profile.kinds()) {
				List<FieldSpec> fields = new ArrayList<>(kind.attributes());
				kind.roles().forEach(role -> fields.addAll(role.attributes()));
				kind.vehicleRoles().forEach(role -> fields.addAll(role.attributes()));
				kind.itemRoles().forEach(role -> {
					fields.addAll(role.attributes());
					tables.add(role.categoryTable());
				});
				fields.stream().filter(f -> f.type() == FieldType.CODE).forEach(f -> tables.add(f.codeTable()));
				fields.forEach(f -> assertThat(f.labelZh()).as(profile.code() + " " + f.name()).isNotBlank());
			}
		}
		assertThat(tables).isNotEmpty();
		tables.forEach(table -> assertThat(codes.info(table)).as(table).isNotNull());
	}

	@Test
	void theApiServesVehicleAndItemRolesForTheForms() {
		JsonNode trades = api.loginDemo("repair").get("/api/v1/trades").json();
		JsonNode repair = null;
		for (JsonNode trade : trades) {
			if ("VEHICLE_REPAIR".equals(trade.path("code").asString())) {
				repair = trade;
			}
		}
		assertThat(repair).isNotNull();
		JsonNode order = repair.path("kinds").get(0);
		assertThat(order.path("code").asString()).isEqualTo("REPAIR_ORDER");
		assertThat(order.path("vehicleRoles").get(0).path("code").asString()).isEqualTo("REPAIRED");
		assertThat(order.path("vehicleRoles").get(0).path("compared").asBoolean()).isTrue();
		assertThat(order.path("roles").get(0).path("labelZh").asString()).isEqualTo("送修人");
		JsonNode me = api.loginDemo("repair").get("/api/v1/me").json();
		assertThat(me.path("venue").path("trades").get(0).asString()).isEqualTo("VEHICLE_REPAIR");
	}

	@Test
	void theDemoTradesHaveRecordsAndQuarterlyStatistics() {
		Api station = api.loginDemo("station");
		for (String trade : RECORD_TRADES) {
			assertThat(station.get("/api/v1/records?trade=" + trade).json().path("total").asLong()).as(trade).isPositive();
		}
		LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai")));
		JsonNode stats = station.get("/api/v1/stats/records?groupBy=trade,quarter&from=" + today.minusDays(300) + "&to="
				+ today).json();
		assertThat(stats.path("rows").findValues("quarter").stream().map(q -> q.path("code").asString()))
			.allMatch(code -> code.matches("\\d{4}-Q[1-4]"))
			.contains(today.getYear() + "-Q" + ((today.getMonthValue() - 1) / 3 + 1));
		JsonNode years = station.get("/api/v1/stats/records?groupBy=year&trade=PAWN&from=" + today.minusDays(30) + "&to="
				+ today).json();
		assertThat(years.path("rows").get(0).path("keys").path("year").path("code").asString())
			.startsWith(String.valueOf(today.minusDays(30).getYear()).substring(0, 3));
	}
}
