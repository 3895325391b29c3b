package io.zhian.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.PageQuery;
import io.zhian.common.ScopeKind;
import io.zhian.common.SqlCondition;
import io.zhian.common.UserKind;
import io.zhian.common.ZhianException;
import io.zhian.common.export.XlsxExport;
import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKeys;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.support.Stays;
import io.zhian.support.TestIds;
import io.zhian.venue.VenueFixtures;
import tools.jackson.databind.JsonNode;

/**
 * Person search, trajectory and companions against records stored through the intake API. Each test uses
 * its own unlikely names and a birth date no other test or demo stay uses, so the shared database does not
 * disturb the counts.
 */
class PartySearchTest extends IntegrationTest {

	private static final String PARTIES = "/api/v1/search/parties";
	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	@Autowired
	JdbcClient jdbc;
	@Autowired
	IdNumbers idNumbers;
	@Autowired
	NameKeys nameKeys;
	@Autowired
	AuditTrail audit;
	@Autowired
	XlsxExport xlsx;
	@Autowired
	PartyIndex index;

	private Api hotel;
	private Api city;

	@BeforeEach
	void signIn() {
		hotel = api.loginDemo("hotel");
		city = api.loginDemo("city");
	}

	/** A fresh valid ID number born on a day of 1931 only this test class uses. */
	private static String number() {
		int n = SEQUENCE.incrementAndGet();
		return TestIds.citizen("500103", "1931" + String.format("%02d%02d", 1 + n / 28 % 12, 1 + n % 28), n % 1000);
	}

	private static OffsetDateTime minutesAgo(long minutes) {
		return OffsetDateTime.now(ZoneOffset.ofHours(8)).minusMinutes(minutes);
	}

	@SafeVarargs
	private long checkIn(Api venue, OffsetDateTime at, String room, Map<String, Object>... guests) {
		Api.Response stored = venue.post("/api/v1/records", Stays.checkInAt(Stays.reference(), room, at, guests));
		assertThat(stored.status()).as(stored.body()).isEqualTo(201);
		return stored.json().path("id").asLong();
	}

	private JsonNode search(Api as, String query) {
		Api.Response response = as.get(PARTIES + "?" + query);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		return response.json();
	}

	private static List<String> names(JsonNode found) {
		List<String> names = new java.util.ArrayList<>();
		found.path("items").forEach(item -> names.add(item.path("name").asString()));
		return names;
	}

	@Test
	void findsByExactNumberAndByPrefixFullyForCityMaskedForStation() {
		String number = number();
		long id = checkIn(hotel, minutesAgo(10), "8101", Stays.domesticGuest(number, "欧阳测甲"));

		JsonNode exact = search(city, "documentNumber=" + number);
		assertThat(exact.path("total").asLong()).isEqualTo(1);
		JsonNode item = exact.path("items").get(0);
		assertThat(item.path("recordId").asLong()).isEqualTo(id);
		assertThat(item.path("documentNumber").asString()).isEqualTo(number);
		assertThat(item.path("venue").path("name").asString()).isNotBlank();
		assertThat(item.path("attributes").path("room").asString()).isEqualTo("8101");
		assertThat(item.path("stationName").asString()).isNotBlank();

		JsonNode prefix = search(city, "documentNumber=" + number.substring(0, 12) + "&name=欧阳测甲");
		assertThat(prefix.path("total").asLong()).isEqualTo(1);
		JsonNode masked = search(api.loginDemo("station"), "documentNumber=" + number);
		assertThat(masked.path("items").get(0).path("documentNumber").asString())
			.isEqualTo(IdNumbers.mask(number)).isNotEqualTo(number);

		Api.Response tooShort = city.get(PARTIES + "?prefix=true&documentNumber=50010");
		assertThat(tooShort.status()).isEqualTo(400);
		assertThat(tooShort.code()).isEqualTo("ZA-7001");
	}

	@Test
	void findsHomophonesAndFuzzyNamesAndCombinations() {
		String birthDay = "1931-12-30";
		String man = TestIds.citizen("500103", "19311230", 11);
		String woman = TestIds.citizen("510104", "19311230", 12);
		checkIn(hotel, minutesAgo(20), "8102", Stays.domesticGuest(man, "司马伟庭"),
				Stays.domesticGuest(woman, "司马巍婷"));

		// 同音: 司马韦庭 is written differently and sounds the same as 司马伟庭 (and 司马巍婷 with -ting).
		JsonNode homophone = search(city, "name=司马韦庭&homophone=true&birthFrom=" + birthDay + "&birthTo=" + birthDay);
		assertThat(names(homophone)).contains("司马伟庭", "司马巍婷");
		assertThat(search(city, "name=司马韦庭&birthFrom=" + birthDay).path("total").asLong()).isZero();

		JsonNode fuzzy = search(city, "name=马伟&nameMatch=fuzzy&birthFrom=" + birthDay + "&birthTo=" + birthDay);
		assertThat(names(fuzzy)).containsExactly("司马伟庭");
		// Similarity: the embedded database's UTF-8 ctype gives Chinese names trigrams (docs/performance.md).
		JsonNode similar = search(city, "name=司马伟亭&nameMatch=fuzzy&birthFrom=" + birthDay);
		assertThat(names(similar)).contains("司马伟庭");

		JsonNode combined = search(city, "name=司马韦庭&homophone=true&sex=2&regionCode=51&trade=HOTEL&kind=CHECK_IN"
				+ "&birthFrom=" + birthDay + "&birthTo=" + birthDay);
		assertThat(names(combined)).containsExactly("司马巍婷");
		assertThat(combined.path("items").get(0).path("regionCode").asString()).isEqualTo("510104");
	}

	@Test
	void boundsTheTimeWindowAndRefusesAnInvertedOne() {
		String number = number();
		checkIn(hotel, minutesAgo(60 * 24 * 120), "8103", Stays.domesticGuest(number, "端木旧客"));
		checkIn(hotel, minutesAgo(30), "8104", Stays.domesticGuest(number, "端木旧客"));

		assertThat(search(city, "name=端木旧客").path("total").asLong()).as("default window: 90 days").isEqualTo(1);
		assertThat(search(city, "documentNumber=" + number).path("total").asLong()).as("a number: all time")
			.isEqualTo(2);
		String from = minutesAgo(60 * 24 * 200).toString().replace("+", "%2B");
		String to = minutesAgo(60 * 24 * 100).toString().replace("+", "%2B");
		JsonNode old = search(city, "name=端木旧客&from=" + from + "&to=" + to);
		assertThat(old.path("items").get(0).path("attributes").path("room").asString()).isEqualTo("8103");
		Api.Response inverted = city.get(PARTIES + "?name=端木旧客&from=" + to + "&to=" + from);
		assertThat(inverted.status()).isEqualTo(400);
		assertThat(inverted.code()).isEqualTo("ZA-7002");
	}

	@Test
	void anEnterpriseSeesOnlyItsOwnVenueAndEverySearchIsAudited() {
		VenueFixtures.Enterprise other = VenueFixtures.active(api);
		String number = number();
		checkIn(other.clerk(), minutesAgo(15), "201", Stays.domesticGuest(number, "公孙别店"));
		checkIn(hotel, minutesAgo(15), "8105", Stays.domesticGuest(number, "公孙别店"));

		assertThat(search(hotel, "name=公孙别店").path("total").asLong()).isEqualTo(1);
		assertThat(search(other.clerk(), "name=公孙别店").path("total").asLong()).isEqualTo(1);
		assertThat(search(city, "name=公孙别店").path("total").asLong()).isEqualTo(2);
		assertThat(search(hotel, "name=公孙别店").path("items").get(0).path("documentNumber").asString())
			.as("enterprise lists are masked").isEqualTo(IdNumbers.mask(number));

		String detail = jdbc.sql("select detail from audit_event where action = 'SEARCH' and entity_type = 'Party'"
				+ " order by id desc limit 1").query(String.class).single();
		assertThat(detail).contains("name=公孙别店");
	}

	@Test
	void traceAPersonInTimeOrderWithCompanionsOfTheRoomAndTheHour() {
		String me = number();
		String roommate = number();
		String neighbour = number();
		String stranger = number();
		checkIn(hotel, minutesAgo(60 * 24 * 3), "8201", Stays.domesticGuest(me, "诸葛轨迹"),
				Stays.domesticGuest(roommate, "诸葛同住"));
		checkIn(hotel, minutesAgo(60 * 24 * 3 - 10), "8202", Stays.domesticGuest(neighbour, "诸葛邻居"));
		checkIn(hotel, minutesAgo(60 * 24 * 3 - 300), "8203", Stays.domesticGuest(stranger, "诸葛路人"));
		checkIn(hotel, minutesAgo(60 * 24), "8204", Stays.domesticGuest(me, "诸葛轨迹"),
				Stays.domesticGuest(roommate, "诸葛同住"));
		checkIn(hotel, minutesAgo(60), "8205", Stays.domesticGuest(me, "诸葛轨迹"));

		Api.Response response = city.get("/api/v1/search/trajectory?documentType=111&documentNumber=" + me);
		assertThat(response.status()).as(response.body()).isEqualTo(200);
		JsonNode trajectory = response.json();
		assertThat(trajectory.path("items").findValuesAsString("room")).containsExactly("8201", "8204", "8205");
		assertThat(trajectory.path("person").path("name").asString()).isEqualTo("诸葛轨迹");
		assertThat(trajectory.path("person").path("appearances").asInt()).isEqualTo(3);

		JsonNode companions = city.get("/api/v1/search/companions?documentType=111&documentNumber=" + me
				+ "&windowMinutes=30").json();
		assertThat(companions.path("sameRecord").findValuesAsString("name")).containsExactly("诸葛同住");
		assertThat(companions.path("sameRecord").get(0).path("times").asInt()).isEqualTo(2);
		assertThat(companions.path("sameVenue").findValuesAsString("name")).contains("诸葛邻居")
			.doesNotContain("诸葛路人", "诸葛同住");

		// From a (masked) search result: the record and position name the person.
		JsonNode hit = search(api.loginDemo("station"), "name=诸葛轨迹").path("items").get(0);
		JsonNode viaHit = api.loginDemo("station").get("/api/v1/search/trajectory?recordId=" + hit.path("recordId")
				.asLong() + "&position=" + hit.path("position").asInt()).json();
		assertThat(viaHit.path("items")).hasSize(3);
		assertThat(viaHit.path("person").path("documentNumber").asString()).isEqualTo(IdNumbers.mask(me));

		assertThat(city.get("/api/v1/search/trajectory").code()).isEqualTo("ZA-7003");
	}

	@Test
	void countsHitsOnlyUpToTheLimitAndSaysSo() {
		String birthDay = "1931-12-29";
		checkIn(hotel, minutesAgo(26), "8302", Stays.domesticGuest(TestIds.citizen("500103", "19311229", 21), "上官计数"),
				Stays.domesticGuest(TestIds.citizen("500103", "19311229", 22), "上官计数"));
		PartyCriteria criteria = new PartyCriteria(null, null, false, "上官计数", NameMatch.EXACT, false, null,
				java.time.LocalDate.parse(birthDay), null, null, null, null, null, null, null, null, null, null);
		Actor officer = new Actor(1, "city", "City", UserKind.POLICE, null, null, null, null, ScopeKind.CITY,
				java.util.Set.of());
		PartyPage exact = new PartySearch(index, idNumbers, nameKeys, audit, xlsx, clock, 90, 2).search(officer,
				criteria, new PageQuery(0, 20));
		assertThat(exact.total()).isEqualTo(2);
		assertThat(exact.totalCapped()).isFalse();
		PartyPage capped = new PartySearch(index, idNumbers, nameKeys, audit, xlsx, clock, 90, 1).search(officer,
				criteria, new PageQuery(0, 20));
		assertThat(capped.total()).isEqualTo(1);
		assertThat(capped.totalCapped()).isTrue();
		assertThat(capped.items()).hasSize(2);
		assertThat(search(city, "name=上官计数&birthFrom=" + birthDay).path("totalCapped").asBoolean()).isFalse();
	}

	@Test
	void exportsAuditedAndRefusesBeyondTheCap() {
		String number = number();
		checkIn(hotel, minutesAgo(25), "8301", Stays.domesticGuest(number, "令狐导出"));
		Api.Response export = city.get(PARTIES + "/export?name=令狐导出");
		assertThat(export.status()).as(export.body()).isEqualTo(200);
		assertThat(export.contentType()).startsWith(XlsxExport.XLSX.toString());
		assertThat(jdbc.sql("select detail from audit_event where action = 'EXPORT' and entity_type = 'Party'"
				+ " order by id desc limit 1").query(String.class).single()).contains("1 rows").contains("name=令狐导出");

		PartyIndex huge = new PartyIndex() {
			@Override
			public PartyPage find(PartyQuery query, SqlCondition scope, PageQuery page, long countLimit) {
				return new PartyPage(List.of(), countLimit, true);
			}

			@Override
			public List<PartyHit> appearances(PersonKey p, java.time.Instant f, java.time.Instant t, SqlCondition s,
					int l) {
				return List.of();
			}

			@Override
			public Optional<PersonKey> personAt(long recordId, int position, SqlCondition scope) {
				return Optional.empty();
			}

			@Override
			public List<Companion> sameRecord(PersonKey p, java.time.Instant f, java.time.Instant t, SqlCondition s,
					int l) {
				return List.of();
			}

			@Override
			public List<Companion> sameVenue(PersonKey p, int m, java.time.Instant f, java.time.Instant t,
					SqlCondition s, int l) {
				return List.of();
			}
		};
		PartySearch overCap = new PartySearch(huge, idNumbers, nameKeys, audit, xlsx, clock, 90, 10_000);
		Actor officer = new Actor(1, "city", "City", UserKind.POLICE, null, null, null, null, ScopeKind.CITY,
				java.util.Set.of());
		assertThatThrownBy(() -> overCap.export(officer, new PartyCriteria(null, null, false, "令狐导出", null, false,
				null, null, null, null, null, null, null, null, null, null, null, null), List.of("x")))
			.isInstanceOf(ZhianException.class).hasMessageContaining("ZA-0015");
	}
}
