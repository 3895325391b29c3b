package io.zhian.search;

import io.zhian.common.Actor;
import io.zhian.reference.IdNumbers;
import io.zhian.record.Records;

/**
 * Whether result lists show personal numbers in full: only to holders of PERSONAL_DATA_FULL_VIEW; everyone
 * else sees the national masks (document: first six and last four; phone: first three and last four).
 */
record Masking(boolean full) {

	static final String FULL_VIEW = "PERSONAL_DATA_FULL_VIEW";

	static Masking of(Actor actor) {
		return new Masking(actor.can(FULL_VIEW));
	}

	String number(String number) {
		return full ? number : IdNumbers.mask(number);
	}

	String phone(String phone) {
		return full ? phone : Records.maskPhone(phone);
	}
}
