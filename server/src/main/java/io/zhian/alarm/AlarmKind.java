package io.zhian.alarm;

/** Why an alarm was raised. */
public enum AlarmKind {
	/** A reported person, vehicle, item or phone matched an active watch entry (布控比中). */
	WATCH_HIT,
	/** A document number that contradicts itself or the other fields, or is seen with different names (身份信息比对). */
	IDENTITY,
	/** An arrival from a configured high-risk region (高危地区). */
	HIGH_RISK_REGION,
	/** A person selling or pawning more often than allowed within a period (线索跟踪). */
	FREQUENCY,
	/** A venue pressed its panic button (按键报警). */
	PANIC
}
