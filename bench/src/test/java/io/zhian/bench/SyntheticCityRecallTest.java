package io.zhian.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhian.bench.city.Person;
import io.zhian.bench.city.PlantedCases;
import io.zhian.bench.city.Scale;
import io.zhian.bench.city.SyntheticCity;
import io.zhian.bench.city.Visit;
import io.zhian.bench.load.CityVenues;
import io.zhian.bench.load.CopyLoader;
import io.zhian.bench.load.Submissions;
import io.zhian.bench.load.TradeCasePlanter;
import io.zhian.bench.search.Http;
import io.zhian.bench.search.Recall;
import io.zhian.org.Units;
import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKeys;
import io.zhian.support.Api;
import io.zhian.support.IntegrationTest;
import io.zhian.venue.VenueDetail;
import io.zhian.venue.VenueFilings;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny synthetic city COPY-loaded into the real embedded PostgreSQL, then searched through the public API as
 * police search (issue 7 point 3, recall at small scale): every planted case must be found. Also checks that
 * the COPY loader stores a visit exactly as the intake API stores the same visit.
 */
class SyntheticCityRecallTest extends IntegrationTest {

	private static SyntheticCity city;
	private static List<VenueDetail> venues;

	@Autowired
	DataSource dataSource;
	@Autowired
	Units units;
	@Autowired
	VenueFilings filings;
	@Autowired
	NameKeys nameKeys;
	@Autowired
	IdNumbers idNumbers;
	@Autowired
	ApplicationContext context;

	private void load() throws Exception {
		if (city != null) {
			return;
		}
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
		city = new SyntheticCity(new Scale(6, 400, 1_500, 2, yesterday, 7), CityVenues.stations(units), nameKeys);
		venues = CityVenues.file(city, filings);
		CopyLoader.Loaded loaded = new CopyLoader(dataSource, line -> {
		}).load(city, venues.stream().map(VenueDetail::id).toList());
		assertThat(loaded.records()).isGreaterThan(1_400);
	}

	@Test
	void generatedPeopleHaveValidNumbersAndIntakeKeys() throws Exception {
		load();
		for (int i = 0; i < city.population().size(); i++) {
			Person p = city.population().get(i);
			assertThat(idNumbers.check(p.documentType(), p.documentNumber()).valid()).as(p.toString()).isTrue();
			assertThat(p.name().pinyin()).isEqualTo(nameKeys.keys(p.name().normalized()).pinyin());
		}
	}

	@Test
	void findsEveryWantedPersonByNumberAndByTheSoundOfTheName() throws Exception {
		load();
		Api police = api.loginDemo("city");
		for (Person wanted : city.planted().wanted()) {
			JsonNode byNumber = police.get("/api/v1/search/parties?documentType=111&documentNumber="
					+ wanted.documentNumber()).json();
			assertThat(byNumber.path("total").asLong()).as(wanted.documentNumber())
				.isGreaterThanOrEqualTo(PlantedCases.WANTED_STAYS);
			JsonNode bySound = police.get("/api/v1/search/parties?homophone=true&size=100&name="
					+ wanted.name().normalized()).json();
			List<String> numbers = new ArrayList<>();
			bySound.path("items").forEach(item -> numbers.add(item.path("documentNumber").asString()));
			assertThat(numbers).as(wanted.name().normalized()).contains(wanted.documentNumber());
		}
	}

	@Test
	void findsTheGroupAsCompanions() throws Exception {
		load();
		List<Person> group = city.planted().group();
		JsonNode companions = api.loginDemo("city").get("/api/v1/search/companions?documentType=111&documentNumber="
				+ group.get(0).documentNumber()).json();
		assertThat(times(companions.path("sameRecord"), group.get(1))).isGreaterThanOrEqualTo(PlantedCases.GROUP_STAYS);
		assertThat(times(companions.path("sameVenue"), group.get(2))).isGreaterThanOrEqualTo(PlantedCases.GROUP_STAYS);
		assertThat(times(companions.path("sameVenue"), group.get(3))).isGreaterThanOrEqualTo(PlantedCases.GROUP_STAYS);
	}

	@Test
	void findsEveryNameUsedWithTheSharedNumber() throws Exception {
		load();
		List<Person> holders = city.planted().sharedNumber();
		JsonNode found = api.loginDemo("city").get("/api/v1/search/parties?size=100&documentNumber="
				+ holders.get(0).documentNumber()).json();
		List<String> names = new ArrayList<>();
		found.path("items").forEach(item -> names.add(item.path("name").asString()));
		assertThat(names).containsAll(holders.stream().map(p -> p.name().normalized()).toList());
		Map<String, Object> truth = city.planted().groundTruth(venues.stream().map(VenueDetail::code).toList());
		assertThat(truth).containsKeys("wantedPersons", "group", "oneNumberSeveralNames", "stolenVehicleAtRepairShop",
				"lostItemPawned");
	}

	/**
	 * The stolen car brought to a repair shop and the lost phone pawned raise their alarms (the first by the
	 * comparison at intake, the second by the reverse lookup), checked with everything else by the bench's own
	 * recall check on the ground truth the generator writes.
	 */
	@Test
	void theRecallCheckFindsEveryPlantedCaseAndTheTradeCasesRaiseTheirAlarms() throws Exception {
		load();
		String base = "http://localhost:" + port;
		Http police = Http.login(base, "city", "Zhian-demo-2026");
		Map<String, Object> truth = new LinkedHashMap<>(
				city.planted().groundTruth(venues.stream().map(VenueDetail::code).toList()));
		Map<String, Object> trades = new TradeCasePlanter(context, base, police).plant(city.planted().tradeCases());
		assertThat(trades).containsOnlyKeys("stolenVehicleAtRepairShop", "lostItemPawned");
		truth.putAll(trades);
		Path file = Files.createTempFile(IntegrationTest.freshDirectory("truth"), "ground-truth", ".json");
		Files.writeString(file, JsonMapper.builder().build().writeValueAsString(truth));
		List<String> log = new ArrayList<>();
		assertThat(new Recall(police, log::add).check(file)).as(log.toString()).isEmpty();
		// 20 wanted persons twice, the group's 3 companions, the shared number's 3 names, the 2 trade cases.
		assertThat(log).anyMatch(line -> line.contains("48 of 48 found"));
	}

	@Test
	void copyStoresAVisitExactlyAsTheIntakeApiDoes() throws Exception {
		load();
		Api hotel = api.loginDemo("hotel");
		List<Visit> samples = new ArrayList<>();
		// A foreign guest's visit, a room of several, and a single domestic guest.
		city.days().skip(20).limit(20).flatMap(day -> city.visits(day).stream()).filter(v -> samples.size() < 3)
			.filter(v -> samples.isEmpty() ? v.parties().stream().anyMatch(g -> g.person().foreign())
					: samples.size() == 1 ? v.parties().size() > 1 : v.parties().size() == 1)
			.forEach(samples::add);
		assertThat(samples).hasSize(3);
		String columns = "p.position, p.role, p.document_type, p.document_number, p.name, p.latin_surname,"
				+ " p.latin_given_name, p.pinyin::text, p.initials::text, p.fuzzy::text, p.sex, p.birth_date,"
				+ " p.ethnicity, p.nationality, p.region_code, p.address, p.phone, p.attributes::text,"
				+ " r.trade, r.kind, r.attributes::text, r.occurred_at";
		JdbcClient jdbc = JdbcClient.create(dataSource);
		for (Visit visit : samples) {
			Map<String, Object> submission = new HashMap<>(Submissions.of(visit));
			submission.put("reference", "EQ-" + visit.reference());
			Api.Response stored = hotel.post("/api/v1/records", submission);
			assertThat(stored.status()).as(stored.body()).isEqualTo(201);
			String query = "select " + columns + " from record_key k join record r on r.id = k.id"
					+ " and r.occurred_at = k.occurred_at join record_party p on p.record_id = r.id"
					+ " and p.occurred_at = r.occurred_at where k.reference = ? order by p.position";
			List<Map<String, Object>> viaIntake = jdbc.sql(query).param("EQ-" + visit.reference()).query().listOfRows();
			List<Map<String, Object>> viaCopy = jdbc.sql(query).param(visit.reference()).query().listOfRows();
			assertThat(viaCopy).hasSize(visit.parties().size()).isEqualTo(viaIntake);
		}
	}

	private static int times(JsonNode companions, Person person) {
		for (JsonNode c : companions) {
			if (c.path("documentNumber").asString().equals(person.documentNumber())) {
				return c.path("times").asInt();
			}
		}
		return 0;
	}
}
