package io.zhian.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.TestIds;
import io.zhian.venue.VenueFixtures;
import tools.jackson.databind.JsonNode;

/** Raising through the public {@link AlarmRaiser}: routing, dedupe, the caller's transaction, scope. */
class AlarmRaiseTest extends IntegrationTest {

	private static final AtomicInteger PEOPLE = new AtomicInteger(300);

	@Autowired
	AlarmRaiser raiser;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	static String newNumber() {
		return TestIds.citizen("500103", "19850101", PEOPLE.incrementAndGet());
	}

	@Test
	void anAlarmIsRoutedToTheVenuesStationAndOfficerAndRaisedOnce() {
		String number = newNumber();
		AlarmRequest request = Alarms.fugitiveAt(Alarms.demoHotel(jdbc), number, "张在逃");
		Optional<Long> id = transactions.execute(status -> raiser.raise(request));
		assertThat(id).isPresent();
		Optional<Long> repeated = transactions.execute(status -> raiser.raise(request));
		assertThat(repeated).as("same dedupe key").isEmpty();

		Api station = api.loginDemo("station");
		Api.Response response = station.get("/api/v1/alarms?documentNumber=" + number);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode list = response.json();
		assertThat(list.path("total").asLong()).isEqualTo(1);
		JsonNode alarm = list.path("items").get(0);
		assertThat(alarm.path("id").asLong()).isEqualTo(id.get());
		assertThat(alarm.path("status").asString()).isEqualTo("RAISED");
		assertThat(alarm.path("kind").asString()).isEqualTo("WATCH_HIT");
		assertThat(alarm.path("unit").path("name").asString()).isEqualTo("解放碑派出所");
		assertThat(alarm.path("officer").path("name").asString()).isEqualTo("王晓东");
		assertThat(alarm.path("venue").path("id").asLong()).isEqualTo(Alarms.demoHotel(jdbc));
		assertThat(alarm.path("documentNumber").asString()).as("masked for a station officer").contains("*")
			.isNotEqualTo(number);

		JsonNode cityView = api.loginDemo("city").get("/api/v1/alarms?documentNumber=" + number).json();
		assertThat(cityView.path("items").get(0).path("documentNumber").asString()).isEqualTo(number);
		assertThat(api.loginDemo("district").get("/api/v1/alarms?documentNumber=" + number).json().path("total")
			.asLong()).isEqualTo(1);

		Api neighbour = VenueFixtures.otherStationOfficer(api);
		assertThat(neighbour.get("/api/v1/alarms?documentNumber=" + number).json().path("total").asLong())
			.as("another station does not see it").isZero();
		assertThat(neighbour.get("/api/v1/alarms/" + id.get()).code()).isEqualTo("ZA-8101");
		assertThat(api.loginDemo("hotel").get("/api/v1/alarms").status()).isEqualTo(403);

		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'Alarm' and entity_id = ?"
				+ " and action = 'CREATE'").param(id.get().toString()).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAlarmRaisedInATransactionThatRollsBackDoesNotExist() {
		String number = newNumber();
		AlarmRequest request = Alarms.fugitiveAt(Alarms.demoHotel(jdbc), number, "李回滚");
		transactions.executeWithoutResult(status -> {
			assertThat(raiser.raise(request)).isPresent();
			status.setRollbackOnly();
		});
		assertThat(jdbc.sql("select count(*) from alarm where dedupe_key = ?").param(request.dedupeKey())
			.query(Long.class).single()).isZero();
		Optional<Long> again = transactions.execute(status -> raiser.raise(request));
		assertThat(again).as("the key is free again").isPresent();
	}

	@Test
	void anAlarmWithoutVenueGoesToTheOwningUnit() {
		long district = jdbc.sql("select id from org_unit where code = '500103000000'").query(Long.class).single();
		String number = newNumber();
		AlarmRequest atVenue = Alarms.fugitiveAt(Alarms.demoHotel(jdbc), number, "王无店");
		AlarmRequest request = new AlarmRequest(AlarmKind.IDENTITY, AlarmLevel.MEDIUM, atVenue.dedupeKey(), null,
				null, null, "PERSON", "111", number, "王无店", null, null, "ID_NAME_MISMATCH", district, false, "证件与姓名不符");
		long id = transactions.execute(status -> raiser.raise(request)).orElseThrow();
		JsonNode alarm = api.loginDemo("district").get("/api/v1/alarms/" + id).json().path("alarm");
		assertThat(alarm.path("unit").path("id").asLong()).isEqualTo(district);
		assertThat(alarm.path("owningUnit").path("id").asLong()).isEqualTo(district);
		assertThat(api.loginDemo("station").get("/api/v1/alarms/" + id).code()).isEqualTo("ZA-8101");
	}
}
