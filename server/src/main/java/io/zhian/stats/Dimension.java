package io.zhian.stats;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a cross-tab can group by. Each dimension is a SQL expression over the aliases of {@link RecordStatistics}'s
 * query: {@code r} record, {@code p} record_party, {@code v} venue, {@code st} its station, {@code d} the
 * station's district. Times are read in China time (Asia/Shanghai), whatever the database's time zone.
 *
 * @param codeSql the grouping key
 * @param nameSql the key's name where the database holds it (units, venues); else null and {@link KeyLabels}
 * names it
 */
enum Dimension {
	DISTRICT("分局", "district", "district", "d.code", "d.name", false),
	STATION("派出所", "station", "station", "st.code", "st.name", false),
	VENUE("场所", "venue", "venue", "v.code", "v.name", false),
	TRADE("行业", "trade", "trade", "r.trade", null, false),
	KIND("记录类型", "kind", "kind", "r.kind", null, false),
	DAY("日", "day", "day", "to_char(" + Dimension.CHINA_TIME + ", 'YYYY-MM-DD')", null, false),
	/** ISO week, e.g. 2026-W47: weeks start on Monday and belong to the year of their Thursday. */
	WEEK("周", "week", "week", "to_char(" + Dimension.CHINA_TIME + ", 'IYYY-\"W\"IW')", null, false),
	MONTH("月", "month", "month", "to_char(" + Dimension.CHINA_TIME + ", 'YYYY-MM')", null, false),
	/** Calendar quarter, e.g. 2026-Q4 (the industry summaries by month, quarter and year). */
	QUARTER("季度", "quarter", "quarter", "to_char(" + Dimension.CHINA_TIME + ", 'YYYY-\"Q\"Q')", null, false),
	YEAR("年", "year", "year", "to_char(" + Dimension.CHINA_TIME + ", 'YYYY')", null, false),
	CATEGORY("旅客类别", "category", "category", GuestCategory.sql("p.document_type"), null, true),
	SEX("性别", "sex", "sex", "coalesce(p.sex, '')", null, true),
	/** Age in whole years on the day of the record. */
	AGE_BAND("年龄段", "age band", "ageBand", AgeBand.sql("p.birth_date", "(" + Dimension.CHINA_TIME + ")::date"), null, true),
	/** Province of origin (GB/T 2260 code of the province, e.g. 500000), from the party's region. */
	REGION("来源省份", "region of origin", "region", "coalesce(substr(p.region_code, 1, 2) || '0000', '')", null, true);

	static final String CHINA_TIME = "(r.occurred_at at time zone 'Asia/Shanghai')";

	private final String labelZh;
	private final String labelEn;
	private final String parameter;
	private final String codeSql;
	private final String nameSql;
	private final boolean ofParty;

	Dimension(String labelZh, String labelEn, String parameter, String codeSql, String nameSql, boolean ofParty) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
		this.parameter = parameter;
		this.codeSql = codeSql;
		this.nameSql = nameSql;
		this.ofParty = ofParty;
	}

	/** The name in {@code groupBy} and in the answer's keys. */
	String parameter() {
		return parameter;
	}

	/** The dimension's name as a column heading. */
	String label(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? labelEn : labelZh;
	}

	String codeSql() {
		return codeSql;
	}

	String nameSql() {
		return nameSql;
	}

	/** Whether the dimension describes a party rather than the record: a record may then fall in several groups. */
	boolean ofParty() {
		return ofParty;
	}

	static Optional<Dimension> of(String parameter) {
		return Arrays.stream(values()).filter(d -> d.parameter.equalsIgnoreCase(parameter.trim())).findFirst();
	}

	static String names() {
		return String.join(", ", Arrays.stream(values()).map(Dimension::parameter).toList());
	}
}
