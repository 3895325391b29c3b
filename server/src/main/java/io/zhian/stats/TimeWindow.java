package io.zhian.stats;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * The period a statistic covers, {@code [from, to)}. Always bounded and at most a year (366 days, a leap
 * year's month-to-month window included): an unbounded aggregate would scan every monthly partition.
 * {@code from}/{@code to} are ISO dates (China days; {@code to} inclusive) or ISO date-times ({@code to}
 * exclusive); {@code month=2026-11} is the calendar month.
 */
record TimeWindow(OffsetDateTime from, OffsetDateTime to) {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
	static final Duration MAX = Duration.ofDays(366);

	static TimeWindow of(String from, String to) {
		if (blank(from) || blank(to)) {
			throw new ZhianException(ErrorCode.STATS_WINDOW_REQUIRED);
		}
		TimeWindow window = new TimeWindow(instant(from, false), instant(to, true));
		if (!window.to.isAfter(window.from)) {
			throw new ZhianException(ErrorCode.STATS_WINDOW_INVALID, from, to);
		}
		if (Duration.between(window.from, window.to).compareTo(MAX) > 0) {
			throw new ZhianException(ErrorCode.STATS_WINDOW_TOO_LONG, from, to, MAX.toDays());
		}
		return window;
	}

	/** A calendar month, or the from/to window when no month is given. */
	static TimeWindow of(String month, String from, String to) {
		if (blank(month)) {
			return of(from, to);
		}
		try {
			YearMonth m = YearMonth.parse(month.trim());
			return new TimeWindow(m.atDay(1).atStartOfDay(CHINA).toOffsetDateTime(),
					m.plusMonths(1).atDay(1).atStartOfDay(CHINA).toOffsetDateTime());
		}
		catch (DateTimeParseException e) {
			throw new ZhianException(ErrorCode.INVALID_PARAMETER, "month", month, "YYYY-MM");
		}
	}

	/** The China days the window touches, first and last included. */
	LocalDate firstDay() {
		return from.atZoneSameInstant(CHINA).toLocalDate();
	}

	LocalDate lastDay() {
		return to.minusNanos(1).atZoneSameInstant(CHINA).toLocalDate();
	}

	private static OffsetDateTime instant(String value, boolean end) {
		String text = value.trim();
		try {
			if (text.length() == 10) {
				LocalDate day = LocalDate.parse(text);
				return (end ? day.plusDays(1) : day).atStartOfDay(CHINA).toOffsetDateTime();
			}
			return OffsetDateTime.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new ZhianException(ErrorCode.INVALID_PARAMETER, end ? "to" : "from", value,
					"date (YYYY-MM-DD) or date-time (ISO 8601 with offset)");
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
