package io.zhian.bench.city;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.zhian.reference.NameKeys;

/**
 * The synthetic city: its venues, its people and, day by day, their visits, generated from a seed so that the
 * same scale always gives the same city. A day's visits are made from a random stream of their own, so any day
 * can be generated again, alone, in the same form: loaders stream the year day by day instead of holding it.
 */
public final class SyntheticCity {

	static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
	/** Districts where business travellers and tourists go most: 渝中, 江北, 南岸, 九龙坡, 沙坪坝, 渝北. */
	private static final List<String> CENTRAL = List.of("500103", "500105", "500108", "500107", "500106", "500112");

	private final Scale scale;
	private final Population population;
	private final List<VenuePlan> venues;
	private final Weighted<VenuePlan> byCapacity;
	private final TravelCalendar calendar = new TravelCalendar();
	private final Weighted<Integer> workdayTravellers;
	private final Weighted<Integer> leisureTravellers;
	private final double recordsPerLoad;
	private final PlantedCases planted;

	public SyntheticCity(Scale scale, List<Station> stations, NameKeys keys) {
		this.scale = scale;
		this.population = new Population(scale, keys);
		this.venues = plan(scale, stations);
		double[] weights = venues.stream()
			.mapToDouble(v -> v.capacity() * (CENTRAL.contains(v.station().regionCode()) ? 3.0 : 1.0)).toArray();
		this.byCapacity = new Weighted<>(venues, weights);
		List<Integer> indices = Stream.iterate(0, i -> i + 1).limit(population.size()).toList();
		this.workdayTravellers = new Weighted<>(indices, population.tripWeights(false));
		this.leisureTravellers = new Weighted<>(indices, population.tripWeights(true));
		double load = days().mapToDouble(calendar::load).sum();
		this.recordsPerLoad = scale.records() / load;
		this.planted = new PlantedCases(this, keys, new SplittableRandom(scale.seed() ^ 0x504C414E54L));
	}

	public Scale scale() {
		return scale;
	}

	public List<VenuePlan> venues() {
		return venues;
	}

	public Population population() {
		return population;
	}

	public PlantedCases planted() {
		return planted;
	}

	/** Every day of the period, oldest first. */
	public Stream<LocalDate> days() {
		return scale.firstDay().datesUntil(scale.lastDay().plusDays(1));
	}

	/** The day's visits, ordinary and planted, in no particular order. */
	public List<Visit> visits(LocalDate day) {
		SplittableRandom random = new SplittableRandom(scale.seed() * 31 + day.toEpochDay());
		long count = Math.round(recordsPerLoad * calendar.load(day));
		boolean leisureDay = calendar.leisure(day);
		List<Visit> visits = new ArrayList<>((int) count + 8);
		for (int i = 0; i < count; i++) {
			Person person = population.get((leisureDay ? leisureTravellers : workdayTravellers).next(random));
			VenuePlan venue = venue(random, person);
			List<Person> people = companions(random, person, venue.trade().parties(random, person.traveller()));
			OffsetDateTime at = day.atTime(checkInTime(random)).atOffset(CHINA);
			String reference = "S" + day.toString().replace("-", "") + "-" + i;
			visits.add(visit(random, reference, venue, at, nights(random, person.traveller()), people));
		}
		visits.addAll(planted.on(day));
		return visits;
	}

	/** A visit of {@code people} to {@code venue} at {@code at}, staying {@code nights} (0: a few hours). */
	Visit visit(SplittableRandom random, String reference, VenuePlan venue, OffsetDateTime at, int nights,
			List<Person> people) {
		OffsetDateTime ended = nights == 0 ? at.plusHours(3 + random.nextInt(3))
				: at.toLocalDate().plusDays(nights).atTime(11, random.nextInt(60)).atOffset(CHINA)
					.plusMinutes(random.nextInt(60));
		if (ended.isAfter(now())) {
			ended = null;
		}
		// Most front-desk systems send at once; a few send late, in batches.
		long delay = random.nextDouble() < 0.92 ? 20 + random.nextInt(300) : 600 + random.nextInt(7200);
		List<Visit.Guest> guests = new ArrayList<>();
		for (Person p : people) {
			guests.add(new Visit.Guest(p, venue.trade().partyAttributes(random, p, at.toLocalDate(), venue)));
		}
		return new Visit(reference, venue, at, ended, at.plusSeconds(delay),
				venue.trade().recordAttributes(random, venue), guests);
	}

	/** The end of the period: nothing happens after it, and stays beyond it are still open. */
	public OffsetDateTime now() {
		return scale.lastDay().atTime(23, 59, 59).atOffset(CHINA);
	}

	private VenuePlan venue(SplittableRandom random, Person person) {
		double usual = switch (person.traveller()) {
			case REGULAR -> 0.85;
			case BUSINESS -> 0.4;
			default -> 0.0;
		};
		if (random.nextDouble() < usual) {
			// A person's usual venue (or second usual) follows from who they are, not from the day.
			int pick = Math.floorMod(person.index() * 7919 + (random.nextInt(4) == 0 ? 1 : 0) * 104_729, venues.size());
			return venues.get(pick);
		}
		return byCapacity.next(random);
	}

	/** The person and the others of the room: family and friends are fixed circles of four. */
	private List<Person> companions(SplittableRandom random, Person person, int count) {
		List<Person> people = new ArrayList<>(count);
		people.add(person);
		int circle = person.index() / 4 * 4;
		int offset = random.nextInt(4);
		for (int k = 0; people.size() < count && k < 4; k++) {
			int other = circle + (offset + k) % 4;
			if (other != person.index() && other < population.size()) {
				people.add(population.get(other));
			}
		}
		return people;
	}

	private static LocalTime checkInTime(SplittableRandom random) {
		double draw = random.nextDouble();
		int minute = draw < 0.6 ? 14 * 60 + random.nextInt(8 * 60)
				: draw < 0.8 ? 22 * 60 + random.nextInt(2 * 60) : 8 * 60 + random.nextInt(6 * 60);
		return LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
	}

	private static int nights(SplittableRandom random, Traveller traveller) {
		if (random.nextDouble() < 0.03) {
			return 0;
		}
		int nights = switch (traveller) {
			case REGULAR -> 1 + random.nextInt(2);
			case BUSINESS -> 1 + geometric(random, 0.55);
			case TOURIST, LOCAL -> 1 + geometric(random, 0.4);
		};
		return Math.min(nights, 14);
	}

	private static int geometric(SplittableRandom random, double stop) {
		int n = 0;
		while (random.nextDouble() > stop && n < 20) {
			n++;
		}
		return n;
	}

	private static List<VenuePlan> plan(Scale scale, List<Station> stations) {
		SplittableRandom random = new SplittableRandom(scale.seed() ^ 0x56454E5545L);
		List<TradeDeclaration> trades = TradeDeclaration.DECLARED;
		double[] shares = trades.stream().mapToDouble(TradeDeclaration::venueShare).toArray();
		Weighted<TradeDeclaration> tradeOf = new Weighted<>(trades, shares);
		// Central stations have more venues, as central districts have more hotels.
		double[] stationWeights = stations.stream()
			.mapToDouble(s -> CENTRAL.contains(s.regionCode()) ? 4.0 : 1.0).toArray();
		Weighted<Station> where = new Weighted<>(stations, stationWeights);
		List<VenuePlan> plans = new ArrayList<>(scale.venues());
		for (int i = 0; i < scale.venues(); i++) {
			TradeDeclaration trade = tradeOf.next(random);
			Station station = where.next(random);
			String address = "重庆市" + station.districtName() + station.name().replace("派出所", "") + "街道"
					+ Streets.ANY[random.nextInt(Streets.ANY.length)] + (1 + random.nextInt(400)) + "号";
			plans.add(new VenuePlan(i, trade, trade.venueName(random, station) + (i + 1) + "号店",
					Licences.creditCode(random, station.regionCode()), station, address, trade.capacity(random)));
		}
		return plans;
	}

	/** How far {@code at} is from the period's end, in days: planted cases are placed by it. */
	long daysBeforeEnd(LocalDate day) {
		return ChronoUnit.DAYS.between(day, scale.lastDay());
	}
}
