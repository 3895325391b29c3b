package io.zhian.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.zhian.compliance.ComplianceViews.DayTrend;
import io.zhian.compliance.ComplianceViews.VenueDay;
import io.zhian.compliance.ComplianceViews.VenuePeriod;

/**
 * The compliance lists as spreadsheet rows, with headers in the caller's language (Chinese unless English is
 * asked for) and times in China time, as an officer reads them.
 */
final class ComplianceSheets {

	private static final List<String> VENUE_HEADERS_ZH = List.of("日期", "场所编码", "场所名称", "行业", "派出所",
			"上传数量", "最低数量", "上传不充分", "未上传", "连续未上传天数", "延时上传数", "最后上传时间", "最近提醒", "提醒已读");
	private static final List<String> VENUE_HEADERS_EN = List.of("Day", "Venue code", "Venue", "Trades", "Station",
			"Records", "Minimum", "Below minimum", "No upload", "Days without upload", "Delayed", "Last upload",
			"Last reminder", "Reminder read");
	private static final List<String> TREND_HEADERS_ZH = List.of("日期", "统计场所数", "未上传", "上传不充分", "延时上传场所",
			"上传数量", "延时上传数");
	private static final List<String> TREND_HEADERS_EN = List.of("Day", "Venues", "No upload", "Below minimum",
			"Delayed venues", "Records", "Delayed records");

	private static final List<String> PERIOD_HEADERS_ZH = List.of("场所编码", "场所名称", "行业", "派出所", "统计天数",
			"未上传天数", "上传不充分天数", "延时上传天数", "最长连续未上传天数", "上传数量", "延时上传数", "最后上传时间");
	private static final List<String> PERIOD_HEADERS_EN = List.of("Venue code", "Venue", "Trades", "Station",
			"Days evaluated", "Days without upload", "Days below minimum", "Days with delays", "Longest silence",
			"Records", "Delayed records", "Last upload");

	private ComplianceSheets() {
	}

	static List<String> venueHeaders(Locale locale) {
		return english(locale) ? VENUE_HEADERS_EN : VENUE_HEADERS_ZH;
	}

	static List<String> trendHeaders(Locale locale) {
		return english(locale) ? TREND_HEADERS_EN : TREND_HEADERS_ZH;
	}

	static List<String> periodHeaders(Locale locale) {
		return english(locale) ? PERIOD_HEADERS_EN : PERIOD_HEADERS_ZH;
	}

	static List<List<?>> periodRows(List<VenuePeriod> venues, ZoneId zone) {
		return venues.stream().<List<?>>map(v -> java.util.Arrays.asList(v.venueCode(), v.venueName(),
				String.join(",", v.trades()), v.stationName(), v.evaluatedDays(), v.noUploadDays(),
				v.belowMinimumDays(), v.delayedDays(), v.longestSilence(), v.records(), v.delayedRecords(),
				local(v.lastUploadAt(), zone)))
			.toList();
	}

	static List<List<?>> venueRows(List<VenueDay> days, ZoneId zone) {
		return days.stream().<List<?>>map(d -> java.util.Arrays.asList(d.day(), d.venueCode(), d.venueName(),
				String.join(",", d.trades()), d.stationName(), d.records(), d.minimum(), d.belowMinimum(), d.noUpload(),
				d.daysWithoutUpload(), d.delayed(), local(d.lastUploadAt(), zone), local(d.lastReminderAt(), zone),
				local(d.lastReminderReadAt(), zone)))
			.toList();
	}

	static List<List<?>> trendRows(List<DayTrend> trend) {
		return trend.stream().<List<?>>map(t -> List.of(t.day(), t.venues(), t.noUpload(), t.belowMinimum(),
				t.delayed(), t.records(), t.delayedRecords())).toList();
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	private static Object local(Instant instant, ZoneId zone) {
		return instant == null ? null : instant.atZone(zone).toLocalDateTime().withNano(0);
	}
}
