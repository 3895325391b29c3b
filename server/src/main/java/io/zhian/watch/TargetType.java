package io.zhian.watch;

/** What a watch entry watches for. */
public enum TargetType {
	/** 人员: by document type and number, or by name and birth date when no number is known. */
	PERSON,
	/** 车辆: by plate and/or VIN. */
	VEHICLE,
	/** 物品: by IMEI, serial number, or category and description. */
	ITEM,
	/** 电话: by phone number. */
	PHONE
}
