package io.zhian.bench.city;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.csv.CSVRecord;

/**
 * Chinese names as people have them: a surname by its share of the population (city/surnames.csv), and one or
 * two given-name characters of the bearer's sex (city/given-names.csv), one-character given names being more
 * common among the old.
 */
final class NameBook {

	private final Weighted<String> surnames;
	private final Weighted<String> male;
	private final Weighted<String> female;

	NameBook() {
		List<String> names = new ArrayList<>();
		List<CSVRecord> rows = Resources.csv("city/surnames.csv");
		double[] shares = new double[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			names.add(rows.get(i).get("surname"));
			shares[i] = Double.parseDouble(rows.get(i).get("percent"));
		}
		surnames = new Weighted<>(names, shares);
		Weighted<String> men = null;
		Weighted<String> women = null;
		for (CSVRecord row : Resources.csv("city/given-names.csv")) {
			List<String> characters = row.get("characters").codePoints().mapToObj(Character::toString).toList();
			if ("1".equals(row.get("sex"))) {
				men = Weighted.zipf(characters);
			}
			else {
				women = Weighted.zipf(characters);
			}
		}
		male = men;
		female = women;
	}

	String name(SplittableRandom random, String sex, int birthYear) {
		Weighted<String> given = "1".equals(sex) ? male : female;
		double single = birthYear < 1970 ? 0.35 : birthYear < 1990 ? 0.2 : 0.1;
		String first = given.next(random);
		return surnames.next(random) + (random.nextDouble() < single ? first : first + given.next(random));
	}
}
