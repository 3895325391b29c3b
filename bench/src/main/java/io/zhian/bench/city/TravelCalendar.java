package io.zhian.bench.city;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * How busy the city's venues are on a day: summer and the October Golden Week are high season, January is low,
 * Fridays and Saturdays fill more rooms than Sundays, and on weekends and holidays tourists outnumber business
 * travellers. Spring Festival moves with the lunar calendar; its dates for the years a city may cover are listed.
 */
final class TravelCalendar {

	private static final double[] MONTHS = { 0.80, 0.95, 0.90, 1.00, 1.05, 1.00, 1.20, 1.25, 1.00, 1.15, 0.95, 0.90 };
	private static final List<MonthDay[]> FIXED_HOLIDAYS = List.of(
			new MonthDay[] { MonthDay.of(1, 1), MonthDay.of(1, 1) },
			new MonthDay[] { MonthDay.of(5, 1), MonthDay.of(5, 5) },
			new MonthDay[] { MonthDay.of(10, 1), MonthDay.of(10, 7) });
	/** The eve of Spring Festival (除夕) of each year. */
	private static final List<LocalDate> SPRING_FESTIVAL_EVE = List.of(LocalDate.of(2024, 2, 9),
			LocalDate.of(2025, 1, 28), LocalDate.of(2026, 2, 16), LocalDate.of(2027, 2, 5), LocalDate.of(2028, 1, 25),
			LocalDate.of(2029, 2, 12), LocalDate.of(2030, 2, 2));

	/** The day's share of rooms relative to an ordinary weekday of an ordinary month. */
	double load(LocalDate day) {
		double weekday = switch (day.getDayOfWeek()) {
			case FRIDAY, SATURDAY -> 1.15;
			case SUNDAY -> 0.85;
			default -> 1.0;
		};
		double holiday = holiday(day) ? 1.4 : 1.0;
		// Around the eve itself the city is at home with family: few rooms are taken.
		double springFestival = SPRING_FESTIVAL_EVE.stream()
			.anyMatch(eve -> !day.isBefore(eve.minusDays(1)) && !day.isAfter(eve.plusDays(2))) ? 0.5 : 1.0;
		return MONTHS[day.getMonthValue() - 1] * weekday * holiday * springFestival;
	}

	/** Weekends and public holidays, when leisure travel dominates. */
	boolean leisure(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY || holiday(day);
	}

	private static boolean holiday(LocalDate day) {
		MonthDay md = MonthDay.from(day);
		for (MonthDay[] span : FIXED_HOLIDAYS) {
			if (!md.isBefore(span[0]) && !md.isAfter(span[1])) {
				return true;
			}
		}
		return SPRING_FESTIVAL_EVE.stream().anyMatch(eve -> !day.isBefore(eve) && !day.isAfter(eve.plusDays(7)));
	}
}
