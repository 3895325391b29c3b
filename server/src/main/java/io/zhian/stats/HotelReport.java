package io.zhian.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * The hotel industry report (《旅馆行业统计报表》) of a period: per district, and in total, the hotels by filing
 * status, the guests by category, the records and the reporting rate. docs/statistics.md defines each figure.
 *
 * @param days the days of the period up to today
 */
record HotelReport(LocalDate firstDay, LocalDate lastDay, int days, List<Line> rows, Line total) {

	record District(String code, String name) {
	}

	record Venues(long active, long suspended, long cancelled, long pending, long total) {
	}

	record Guests(long domestic, long hkMacaoTaiwan, long foreign, long other, long total) {
	}

	/**
	 * @param venues the hotels by the status they had at the end of the period
	 * @param reportingVenues hotels with at least one record on a day they were active
	 * @param reportingDays the (hotel, day) pairs with at least one record among the expected ones
	 * @param expectedDays the (hotel, day) pairs of the period on which the hotel was active at the day's end
	 * @param reportingRate reportingDays / expectedDays, in percent with one decimal; null when nothing was
	 *        expected (no active hotel, or a period that has not begun)
	 */
	record Line(District district, Venues venues, Guests guests, long records, long reportingVenues,
			long reportingDays, long expectedDays, Double reportingRate) {
	}
}
