package io.zhian.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the compliance endpoints answer. */
final class ComplianceViews {

	private ComplianceViews() {
	}

	/** One venue on one evaluated day, with the latest reminder sent to it and whether the venue read it. */
	record VenueDay(LocalDate day, long venueId, String venueCode, String venueName, List<String> trades,
			long stationUnitId, String stationName, int records, int minimum, boolean belowMinimum, boolean noUpload,
			int daysWithoutUpload, int delayed, Instant lastOccurredAt, Instant lastUploadAt, Instant lastReminderAt,
			Instant lastReminderReadAt) {
	}

	/**
	 * One venue over a chosen period (C10: 累计未上传天数 over any period): on how many evaluated days it uploaded
	 * nothing, too little or late, its longest silence within the period, and its records.
	 */
	record VenuePeriod(long venueId, String venueCode, String venueName, List<String> trades, long stationUnitId,
			String stationName, int evaluatedDays, int noUploadDays, int belowMinimumDays, int delayedDays,
			int longestSilence, long records, long delayedRecords, Instant lastUploadAt) {
	}

	/** One day of the trend: venues evaluated and how many had each problem. */
	record DayTrend(LocalDate day, long venues, long noUpload, long belowMinimum, long delayed, long records,
			long delayedRecords) {
	}

	/** One day for a pie chart: {@code normal + belowMinimum + noUpload = venues}; delayed overlaps them. */
	record DaySummary(LocalDate day, Instant evaluatedAt, long venues, long normal, long belowMinimum,
			long noUpload, long delayed, long records, long delayedRecords) {
	}

	record Evaluation(LocalDate day, int venues) {
	}
}
