package io.zhian.bench.city;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVRecord;

import io.zhian.reference.IdNumbers;
import io.zhian.reference.NameKeys;

/**
 * The persons of the synthetic city: mostly mainland residents with valid GB 11643 ID numbers (region of origin
 * by {@link Origins}, ages of adults who travel, the sequence digit odd for men), some Hong Kong, Macao and Taiwan
 * residents on their permits, and foreign visitors on passports. Names get their keys from the real
 * {@link NameKeys}, so search meets exactly the keys intake would have stored.
 */
public final class Population {

	private static final double FOREIGN = 0.025;
	private static final double HK_MACAO_TAIWAN = 0.01;
	/** GB 3304 codes: Chongqing is mostly Han, with Tujia and Miao in its south-east. */
	private static final Weighted<String> ETHNICITIES = new Weighted<>(List.of("01", "15", "06", "03", "07", "08"),
			new double[] { 92.0, 5.0, 2.0, 0.4, 0.3, 0.3 });

	private final Person[] persons;

	Population(Scale scale, NameKeys keys) {
		SplittableRandom random = new SplittableRandom(scale.seed());
		NameBook names = new NameBook();
		Origins origins = new Origins("50");
		Foreigners foreigners = new Foreigners();
		Weighted<Traveller> travellers = travellers();
		Set<Long> numbers = new HashSet<>();
		LocalDate today = scale.lastDay();
		persons = new Person[scale.persons()];
		for (int i = 0; i < persons.length; i++) {
			Traveller traveller = travellers.next(random);
			String sex = random.nextBoolean() ? "1" : "2";
			LocalDate born = today.minusYears(18 + age(random, traveller)).minusDays(random.nextInt(365));
			double kind = random.nextDouble();
			if (kind < FOREIGN) {
				persons[i] = foreigners.person(i, random, traveller, sex, born, keys);
			}
			else if (kind < FOREIGN + HK_MACAO_TAIWAN) {
				persons[i] = compatriot(i, random, traveller, sex, born, names.name(random, sex, born.getYear()), keys);
			}
			else {
				String county = origins.county(random);
				persons[i] = new Person(i, traveller, "111", idNumber(random, numbers, county, born, sex),
						keys.keys(names.name(random, sex, born.getYear())), null, null, sex, born,
						ETHNICITIES.next(random), "CHN", county, origins.address(random, county), phone(random));
			}
		}
	}

	public int size() {
		return persons.length;
	}

	public Person get(int index) {
		return persons[index];
	}

	/** Draws a person's weight of taking a room on a business-like or a leisure day. */
	double[] tripWeights(boolean leisureDay) {
		double[] weights = new double[persons.length];
		for (int i = 0; i < persons.length; i++) {
			Traveller t = persons[i].traveller();
			weights[i] = t.tripWeight * (t.leisure() == leisureDay ? 1.6 : 0.5);
		}
		return weights;
	}

	private static Weighted<Traveller> travellers() {
		Traveller[] all = Traveller.values();
		double[] shares = new double[all.length];
		for (int i = 0; i < all.length; i++) {
			shares[i] = all[i].share;
		}
		return new Weighted<>(List.of(all), shares);
	}

	/** Years above 18: business travellers are mostly 25 to 55, tourists spread wider. */
	private static int age(SplittableRandom random, Traveller traveller) {
		int span = traveller.leisure() ? 57 : 40;
		int offset = traveller.leisure() ? 0 : 5;
		// The mean of two draws peaks in the middle, as ages of travellers do.
		return offset + (random.nextInt(span) + random.nextInt(span)) / 2;
	}

	/** A valid 18-digit number not yet given: region, birth date, a sequence whose last digit is odd for men. */
	static String idNumber(SplittableRandom random, Set<Long> taken, String county, LocalDate born, String sex) {
		String prefix = county + born.format(DateTimeFormatter.BASIC_ISO_DATE);
		while (true) {
			int sequence = random.nextInt(500) * 2 + ("1".equals(sex) ? 1 : 0);
			String body = prefix + String.format("%03d", sequence);
			if (taken.add(Long.parseLong(body))) {
				return IdNumbers.withCheckCharacter(body);
			}
		}
	}

	private static Person compatriot(int index, SplittableRandom random, Traveller traveller, String sex,
			LocalDate born, String name, NameKeys keys) {
		boolean taiwan = random.nextInt(3) == 0;
		String number = taiwan ? String.format("%08d", random.nextInt(100_000_000))
				: (random.nextBoolean() ? "H" : "M") + String.format("%08d", random.nextInt(100_000_000));
		return new Person(index, traveller, taiwan ? "511" : "516", number, keys.keys(name), null, null, sex, born,
				null, taiwan ? "TWN" : number.startsWith("H") ? "HKG" : "MAC", null, null, phone(random));
	}

	static String phone(SplittableRandom random) {
		String[] prefixes = { "139", "138", "137", "136", "135", "158", "159", "150", "151", "152", "188", "187", "186",
				"185", "183", "182", "177", "176", "166", "199", "133", "153", "180", "181", "189" };
		return prefixes[random.nextInt(prefixes.length)] + String.format("%08d", random.nextInt(100_000_000));
	}

	/** Foreign visitors by nationality (city/foreign-names.csv), on ordinary passports. */
	private static final class Foreigners {

		private record Country(String code, List<String> surnames, List<String> givenNames) {
		}

		private final Weighted<Country> countries;

		Foreigners() {
			List<Country> list = new ArrayList<>();
			List<CSVRecord> rows = Resources.csv("city/foreign-names.csv");
			double[] shares = new double[rows.size()];
			for (int i = 0; i < rows.size(); i++) {
				CSVRecord row = rows.get(i);
				list.add(new Country(row.get("nationality"), List.of(row.get("surnames").split(";")),
						List.of(row.get("given_names").split(";"))));
				shares[i] = Double.parseDouble(row.get("percent"));
			}
			countries = new Weighted<>(list, shares);
		}

		Person person(int index, SplittableRandom random, Traveller traveller, String sex, LocalDate born,
				NameKeys keys) {
			Country country = countries.next(random);
			String surname = country.surnames().get(random.nextInt(country.surnames().size()));
			String given = country.givenNames().get(random.nextInt(country.givenNames().size()));
			String number = (char) ('A' + random.nextInt(26)) + String.format("%08d", random.nextInt(100_000_000));
			return new Person(index, traveller, "414", number, keys.keys(surname + " " + given), surname, given, sex,
					born, null, country.code(), null, null, null);
		}
	}
}
