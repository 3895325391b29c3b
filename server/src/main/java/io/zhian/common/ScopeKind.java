package io.zhian.common;

/** How far a user's data reaches; the server applies it to every query (数据权限). */
public enum ScopeKind {
	/** Only the user's own venue (本场所). */
	OWN_VENUE,
	/** Only the user's own unit (本单位). */
	OWN_UNIT,
	/** The user's unit and every unit below it (本单位及下级). */
	UNIT_TREE,
	/** The whole city (全市). */
	CITY
}
