package io.zhian.bench.city;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How big the synthetic city is and which year it covers: {@code records} check-ins (and later pawns, repairs…)
 * spread over the {@code months} that end with the month of {@code lastDay}. The same scale and seed always
 * give the same city.
 */
public record Scale(int venues, int persons, long records, int months, LocalDate lastDay, long seed) {

	/** Issue 7's default city: 3 000 venues, 1 million persons, 10 million records over 12 months. */
	public static Scale standard(LocalDate lastDay) {
		return new Scale(3_000, 1_000_000, 10_000_000L, 12, lastDay, 2026L);
	}

	public Scale {
		if (venues < 1 || persons < 100 || records < 1 || months < 1) {
			throw new IllegalArgumentException("a city needs venues, at least 100 persons, records and months");
		}
	}

	/** The first day of the period: the first of the month {@code months - 1} before the last day's month. */
	public LocalDate firstDay() {
		return YearMonth.from(lastDay).minusMonths(months - 1L).atDay(1);
	}
}
