package io.zhian.stats;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.zhian.trade.DocumentCategory;

/**
 * The three kinds of guest the reports count (国内 / 港澳台 / 境外), from the party's document type. A foreign
 * permanent resident counts as foreign here: the reports ask where a person comes from, not which facts the
 * front desk asks. The mapping of types to families is {@link DocumentCategory}'s; this class only turns it
 * into SQL, so a new document type is added in one place.
 */
enum GuestCategory {
	DOMESTIC("国内", "domestic", DocumentCategory.DOMESTIC),
	HK_MACAO_TAIWAN("港澳台", "HK, Macao, Taiwan", DocumentCategory.HK_MACAO_TAIWAN),
	FOREIGN("境外", "foreign", DocumentCategory.FOREIGN, DocumentCategory.FOREIGN_RESIDENT),
	/** A document type outside the known families. */
	OTHER("其他", "other");

	private final String labelZh;
	private final String labelEn;
	private final Set<String> documentTypes;

	GuestCategory(String labelZh, String labelEn, DocumentCategory... families) {
		this.labelZh = labelZh;
		this.labelEn = labelEn;
		this.documentTypes = java.util.Arrays.stream(families)
			.flatMap(family -> family.documentTypes().stream())
			.collect(Collectors.toCollection(TreeSet::new));
	}

	String label(boolean english) {
		return english ? labelEn : labelZh;
	}

	/**
	 * {@code case when <column> in ('111','112') then 'DOMESTIC' … else 'OTHER' end}. The codes are inlined, not
	 * bound: they are constants of the code, and a grouping expression must read the same in select and group by.
	 */
	static String sql(String documentTypeColumn) {
		StringBuilder sql = new StringBuilder("(case");
		for (GuestCategory category : values()) {
			if (!category.documentTypes.isEmpty()) {
				sql.append(" when ").append(documentTypeColumn).append(" in (")
					.append(category.documentTypes.stream().map(GuestCategory::literal).collect(Collectors.joining(",")))
					.append(") then '").append(category.name()).append('\'');
			}
		}
		return sql.append(" else '").append(OTHER.name()).append("' end)").toString();
	}

	private static String literal(String code) {
		if (!code.matches("[0-9A-Za-z]+")) {
			throw new IllegalStateException("document type code not safe to inline: " + code);
		}
		return "'" + code + "'";
	}
}
