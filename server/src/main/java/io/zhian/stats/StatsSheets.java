package io.zhian.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Statistics as sheet rows for {@link io.zhian.common.export.XlsxExport}, headings in the caller's language. */
final class StatsSheets {

	private StatsSheets() {
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	/** One column per dimension (its name; the code where it differs), then records and parties. */
	static List<String> crossTabHeaders(CrossTab table, Locale locale) {
		List<String> headers = new ArrayList<>();
		for (String parameter : table.groupBy()) {
			headers.add(Dimension.of(parameter).orElseThrow().label(locale));
		}
		headers.add(english(locale) ? "records" : "记录数");
		headers.add(english(locale) ? "persons" : "人数");
		return headers;
	}

	static List<List<Object>> crossTabRows(CrossTab table, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (CrossTab.Row row : table.rows()) {
			List<Object> cells = new ArrayList<>();
			table.groupBy().forEach(parameter -> cells.add(row.keys().get(parameter).name()));
			cells.add(row.records());
			cells.add(row.parties());
			rows.add(cells);
		}
		List<Object> total = new ArrayList<>();
		table.groupBy().forEach(parameter -> total.add(null));
		total.set(0, english(locale) ? "Total" : "合计");
		total.add(table.totals().records());
		total.add(table.totals().parties());
		rows.add(total);
		return rows;
	}

	static List<String> hotelReportHeaders(Locale locale) {
		return english(locale)
				? List.of("district", "active hotels", "suspended", "cancelled", "pending", "hotels", "domestic guests",
						"HK/Macao/Taiwan guests", "foreign guests", "other guests", "guests", "records",
						"hotels reporting", "hotel-days reported", "hotel-days expected", "reporting rate %")
				: List.of("分局", "营业", "停业", "注销", "待审核", "旅馆合计", "国内旅客", "港澳台旅客", "境外旅客", "其他旅客",
						"旅客合计", "记录数", "上报旅馆数", "上报旅馆·天", "应报旅馆·天", "上报率%");
	}

	static List<List<Object>> hotelReportRows(HotelReport report) {
		List<List<Object>> rows = new ArrayList<>();
		report.rows().forEach(line -> rows.add(cells(line)));
		rows.add(cells(report.total()));
		return rows;
	}

	private static List<Object> cells(HotelReport.Line line) {
		List<Object> cells = new ArrayList<>();
		cells.add(line.district().name());
		cells.add(line.venues().active());
		cells.add(line.venues().suspended());
		cells.add(line.venues().cancelled());
		cells.add(line.venues().pending());
		cells.add(line.venues().total());
		cells.add(line.guests().domestic());
		cells.add(line.guests().hkMacaoTaiwan());
		cells.add(line.guests().foreign());
		cells.add(line.guests().other());
		cells.add(line.guests().total());
		cells.add(line.records());
		cells.add(line.reportingVenues());
		cells.add(line.reportingDays());
		cells.add(line.expectedDays());
		cells.add(line.reportingRate());
		return cells;
	}
}
