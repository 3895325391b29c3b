package io.zhian.org;

/** The levels of the jurisdiction tree, top down. */
public enum UnitLevel {
	/** 市局 city public security bureau. */
	CITY,
	/** 分县局 district or county bureau. */
	DISTRICT,
	/** 派出所 police station. */
	STATION,
	/** 警务区 community policing area. */
	AREA;

	/** The level a child of this level must have; none below a policing area. */
	public UnitLevel child() {
		return this == AREA ? null : values()[ordinal() + 1];
	}
}
