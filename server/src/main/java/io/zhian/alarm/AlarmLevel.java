package io.zhian.alarm;

/** How urgently an alarm must be acted on; lists sort by it first. */
public enum AlarmLevel {
	/** Panic button: act at once. */
	URGENT,
	/** Watch-list hits on fugitives and wanted persons, stolen vehicles. */
	HIGH,
	/** Other watch-list hits and identity contradictions. */
	MEDIUM,
	/** Warnings: high-risk-region arrivals, frequency clues. */
	LOW
}
