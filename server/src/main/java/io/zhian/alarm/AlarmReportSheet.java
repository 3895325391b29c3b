package io.zhian.alarm;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The monthly alarm report as spreadsheet rows, headed in the caller's language (Chinese unless English). */
final class AlarmReportSheet {

	private static final List<String> HEADERS_ZH = List.of("月份", "单位", "报警数", "已签收", "已处置", "已反馈", "已办结",
			"超时升级", "签收用时中位数(分钟)", "平均签收用时(分钟)", "办结用时中位数(分钟)", "平均办结用时(分钟)");
	private static final List<String> HEADERS_EN = List.of("Month", "Unit", "Raised", "Signed", "Handled", "Answered",
			"Closed", "Escalated", "Median minutes to sign", "Average minutes to sign", "Median minutes to close",
			"Average minutes to close");

	private AlarmReportSheet() {
	}

	static List<String> headers(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? HEADERS_EN : HEADERS_ZH;
	}

	static List<List<?>> rows(List<AlarmReports.UnitMonth> rows) {
		return rows.stream().<List<?>>map(r -> Arrays.asList(r.month(), r.unitName(), r.raised(), r.signed(),
				r.handled(), r.answered(), r.closed(), r.escalated(), r.timing().medianSignMinutes(),
				r.timing().avgSignMinutes(), r.timing().medianCloseMinutes(), r.timing().avgCloseMinutes()))
			.toList();
	}
}
