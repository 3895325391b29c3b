package io.zhian.record;

/** How a record reached Zhian. */
public enum RecordSource {
	/** Typed at the front desk in the enterprise portal. */
	PORTAL,
	/** Sent one by one by a venue system (PMS). */
	API,
	/** Sent in a lot through the batch endpoint. */
	BATCH
}
