package io.zhian.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The hotel industry report (《旅馆行业统计报表》) of a period: per district, and in total, the hotels by filing
 * status, the guests by category, the records and the reporting rate. docs/statistics.md defines each figure.
 *
 * @param days the days of the period up to today, over which the reporting rate is measured
 */
record HotelReport(LocalDate firstDay, LocalDate lastDay, int days, List<Line> rows, Line total) {

	record District(String code, String name) {
	}

	record Venues(long active, long suspended, long cancelled, long pending, long total) {
	}

	record Guests(long domestic, long hkMacaoTaiwan, long foreign, long other, long total) {
	}

	/**
	 * @param reportingVenues active hotels with at least one record in the period
	 * @param reportingDays the (hotel, day) pairs of active hotels with at least one record
	 * @param reportingRate reportingDays / (active hotels × days), in percent with one decimal; null when there
	 *        is nothing to measure (no active hotel, or a period that has not begun)
	 */
	record Line(District district, Venues venues, Guests guests, long records, long reportingVenues,
			long reportingDays, Double reportingRate) {
	}
}
