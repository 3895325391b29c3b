package io.zhian.bench.city;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.zhian.reference.NameKeys;
import io.zhian.reference.ObjectIdentifiers;

/**
 * Cases hidden in the city whose discovery tests and benchmarks check (issue 7, recall): wanted persons who check
 * in, a group that always checks in together, one ID number used with several names. Each is a few extra visits
 * on fixed days, with references beginning {@code PLANT-}, and a ground truth ({@link #groundTruth}) that says
 * what a search or a watch-list comparison must find.
 * <p>
 * Two cases of the record trades ({@link #tradeCases}): a stolen vehicle brought to a repair shop, a lost phone
 * pawned. Their alarms come from the watch list, so they are not COPY-loaded history but sent through the intake
 * API around the entry of their watch entries, by {@code io.zhian.bench.load.TradeCasePlanter}, which writes their
 * ground truth (record and entry ids) after {@link #groundTruth}'s.
 */
public final class PlantedCases {

	public static final int WANTED = 20;
	public static final int WANTED_STAYS = 3;
	public static final int GROUP_STAYS = 6;
	private static final String[] OTHER_NAMES = { "李建国", "王秀兰" };

	private final Map<LocalDate, List<Visit>> byDay = new HashMap<>();
	private final List<Person> wanted = new ArrayList<>();
	private final List<Person> group = new ArrayList<>();
	private final List<Person> sharedNumber = new ArrayList<>();
	private final Map<String, List<Visit>> visitsByCase = new LinkedHashMap<>();
	private final List<TradeCase> tradeCases = new ArrayList<>();

	PlantedCases(SyntheticCity city, NameKeys keys, SplittableRandom random) {
		Population people = city.population();
		List<Integer> domestic = new ArrayList<>();
		for (int i = people.size() - 1; i >= 0 && domestic.size() < WANTED + 7; i--) {
			if ("111".equals(people.get(i).documentType())) {
				domestic.add(i);
			}
		}
		// Recent enough for a search's default window (the last 90 days) and within the period.
		int period = (int) city.daysBeforeEnd(city.scale().firstDay()) + 1;
		int days = Math.min(90, period);
		for (int w = 0; w < WANTED; w++) {
			Person person = people.get(domestic.get(w));
			wanted.add(person);
			for (int s = 0; s < WANTED_STAYS; s++) {
				plant(city, random, "wanted", "PLANT-W" + w + "-" + s, random.nextInt(days), List.of(person));
			}
		}
		// The group: four people in two rooms, the second room a few minutes after the first, at varying venues.
		for (int g = 0; g < 4; g++) {
			group.add(people.get(domestic.get(WANTED + g)));
		}
		for (int s = 0; s < GROUP_STAYS; s++) {
			LocalDate day = city.scale().lastDay().minusDays((long) s * period / GROUP_STAYS);
			VenuePlan venue = city.venues().get(random.nextInt(city.venues().size()));
			OffsetDateTime at = day.atTime(19, random.nextInt(40)).atOffset(SyntheticCity.CHINA);
			add("group", city.visit(random, "PLANT-G" + s + "-A", venue, at, 2, group.subList(0, 2)));
			add("group", city.visit(random, "PLANT-G" + s + "-B", venue, at.plusMinutes(3 + random.nextInt(6)), 2,
					group.subList(2, 4)));
		}
		// One ID number, three names: the holder's own and two others written on it.
		Person holder = people.get(domestic.get(WANTED + 4));
		sharedNumber.add(holder);
		for (String other : OTHER_NAMES) {
			sharedNumber.add(holder.withName(keys.keys(other)));
		}
		for (int n = 0; n < sharedNumber.size(); n++) {
			for (int s = 0; s < 2; s++) {
				plant(city, random, "sharedNumber", "PLANT-N" + n + "-" + s, random.nextInt(days),
						List.of(sharedNumber.get(n)));
			}
		}
		planTradeCases(city, random, people.get(domestic.get(WANTED + 5)), people.get(domestic.get(WANTED + 6)));
	}

	/**
	 * A repair shop and a pawnshop at the first station, a stolen car (plate and a VIN with its check digit) that
	 * is reported before it comes in for repair, and a phone (IMEI with its Luhn digit) pawned last week and
	 * reported lost today.
	 */
	private void planTradeCases(SyntheticCity city, SplittableRandom random, Person driver, Person pledger) {
		Station station = city.venues().get(0).station();
		String street = station.name().replace("派出所", "");
		VenuePlan garage = new VenuePlan(-1, null, street + "顺达汽车修理厂", Licences.creditCode(random,
				station.regionCode()), station, station.districtName() + street + "工业路 8 号", 6);
		VenuePlan pawnshop = new VenuePlan(-2, null, street + "恒信典当行", Licences.creditCode(random,
				station.regionCode()), station, station.districtName() + street + "正街 21 号", 2);
		String plate = "渝B" + "ACEGHK".charAt(random.nextInt(6)) + (1_000 + random.nextInt(9_000));
		// A Chinese VIN (LSV…, model year N = 2022) with its ISO 3779 check digit in position 9.
		String vin = "LSVAU2180N" + (1_000_000 + random.nextInt(9_000_000));
		vin = vin.substring(0, 8) + ObjectIdentifiers.vinCheckDigit(vin) + vin.substring(9);
		String imeiBody = "35320911" + (100_000 + random.nextInt(900_000));
		String imei = imeiBody + ObjectIdentifiers.luhnDigit(imeiBody);
		OffsetDateTime now = city.scale().lastDay().atTime(10, 30).atOffset(SyntheticCity.CHINA);
		tradeCases.add(new TradeCase("stolenVehicleAtRepairShop", "VEHICLE_REPAIR", "REPAIR_ORDER", garage, driver,
				"PLANT-R-0", now, plate, vin, null, true));
		tradeCases.add(new TradeCase("lostItemPawned", "PAWN", "PLEDGE", pawnshop, pledger, "PLANT-P-0",
				now.minusDays(6).withHour(16), null, null, imei, false));
	}

	/** The cases of the record trades, planted through the API (not part of {@link #on}'s COPY-loaded days). */
	public List<TradeCase> tradeCases() {
		return tradeCases;
	}

	private void plant(SyntheticCity city, SplittableRandom random, String kind, String reference, int daysBack,
			List<Person> people) {
		LocalDate day = city.scale().lastDay().minusDays(daysBack);
		VenuePlan venue = city.venues().get(random.nextInt(city.venues().size()));
		OffsetDateTime at = day.atTime(15 + random.nextInt(6), random.nextInt(60)).atOffset(SyntheticCity.CHINA);
		add(kind, city.visit(random, reference, venue, at, 1 + random.nextInt(2), people));
	}

	private void add(String kind, Visit visit) {
		byDay.computeIfAbsent(visit.occurredAt().toLocalDate(), d -> new ArrayList<>()).add(visit);
		visitsByCase.computeIfAbsent(kind, k -> new ArrayList<>()).add(visit);
	}

	List<Visit> on(LocalDate day) {
		return byDay.getOrDefault(day, List.of());
	}

	public List<Person> wanted() {
		return wanted;
	}

	public List<Person> group() {
		return group;
	}

	/** The holder of the shared number first, then the same number under the other names. */
	public List<Person> sharedNumber() {
		return sharedNumber;
	}

	public List<Visit> visits(String kind) {
		return visitsByCase.getOrDefault(kind, List.of());
	}

	/**
	 * What must be found, as plain maps for a JSON file: person keys (document type and number, as the watch list
	 * compares them), names, and each planted visit's venue code and reference.
	 *
	 * @param venueCodes the code each venue got when filed, by venue index
	 */
	public Map<String, Object> groundTruth(List<String> venueCodes) {
		Map<String, Object> truth = new LinkedHashMap<>();
		truth.put("wantedPersons", wanted.stream()
			.map(p -> ordered("person", key(p), "stays", stays("wanted", p, venueCodes)))
			.toList());
		truth.put("group", ordered("members", group.stream().map(PlantedCases::key).toList(), "rooms",
				"members 1-2 share a record (同住); 3-4 check in 3-8 minutes later at the same venue (同时段)", "stays",
				visits("group").stream().map(v -> stay(v, venueCodes)).toList()));
		Person holder = sharedNumber.get(0);
		truth.put("oneNumberSeveralNames", ordered("person", key(holder), "names",
				sharedNumber.stream().map(p -> p.name().normalized()).toList(), "stays",
				visits("sharedNumber").stream().map(v -> stay(v, venueCodes)).toList()));
		for (TradeCase c : tradeCases) {
			truth.put(c.name(), pending(c.trade()));
		}
		return truth;
	}

	/** A map that keeps its keys in the order given, so the JSON file reads top-down. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	/** Until the planter has sent the case through the API (its ground truth then replaces this). */
	private static Map<String, Object> pending(String trade) {
		return ordered("status", "PENDING", "reason", "the " + trade
				+ " case is planted through the intake API by TradeCasePlanter (bench/run plant-trades)");
	}

	private List<Map<String, Object>> stays(String kind, Person person, List<String> venueCodes) {
		return visits(kind).stream()
			.filter(v -> v.parties().stream().anyMatch(g -> g.person().index() == person.index()))
			.map(v -> stay(v, venueCodes)).toList();
	}

	static Map<String, Object> key(Person p) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put("documentType", p.documentType());
		key.put("documentNumber", p.documentNumber());
		key.put("name", p.name().normalized());
		return key;
	}

	private static Map<String, Object> stay(Visit v, List<String> venueCodes) {
		Map<String, Object> stay = new LinkedHashMap<>();
		stay.put("venueCode", venueCodes.get(v.venue().index()));
		stay.put("reference", v.reference());
		stay.put("occurredAt", v.occurredAt().toString());
		return stay;
	}
}
