package io.zhian.compliance;

/** The compliance problems a venue's day can have; the list filters by one. */
enum Problem {
	/** Reported nothing (未上传). */
	NO_UPLOAD("d.no_upload"),
	/** Reported something, fewer than its minimum (上传不充分). */
	BELOW_MINIMUM("d.below_minimum"),
	/** Reported at least one record late (延时上传). */
	DELAYED("d.delayed > 0");

	final String condition;

	Problem(String condition) {
		this.condition = condition;
	}
}
