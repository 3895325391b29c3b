package io.zhian.supervision.inspection;

/** How a checklist item is answered. */
public enum ItemType {
	/** Yes or no: a pass earns all the item's points, a fail none. */
	CHECK,
	/** The officer gives 0 … points; anything below full points is a problem to rectify. */
	SCORE
}
