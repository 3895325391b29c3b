package io.zhian.stats;

/** Age bands of the reports: minors, then the working-age bands, then 60 and over; unknown without a birth date. */
enum AgeBand {
	UNDER_18("<18", 18), FROM_18("18–29", 30), FROM_30("30–44", 45), FROM_45("45–59", 60),
	FROM_60("60+", Integer.MAX_VALUE);

	private final String label;
	/** The first age no longer in the band. */
	private final int to;

	AgeBand(String label, int to) {
		this.label = label;
		this.to = to;
	}

	String label() {
		return label;
	}

	/** The band of {@code birthDateColumn} on {@code dayExpression} as the band's name; '' without a birth date. */
	static String sql(String birthDateColumn, String dayExpression) {
		String age = "extract(year from age(" + dayExpression + ", " + birthDateColumn + "))";
		StringBuilder sql = new StringBuilder("(case when " + birthDateColumn + " is null then ''");
		for (AgeBand band : values()) {
			if (band.to != Integer.MAX_VALUE) {
				sql.append(" when ").append(age).append(" < ").append(band.to).append(" then '").append(band.name())
					.append('\'');
			}
		}
		return sql.append(" else '").append(FROM_60.name()).append("' end)").toString();
	}
}
