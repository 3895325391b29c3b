package io.zhian.supervision.enforcement;

/** Whom a penalty is imposed on: a venue (the business) or a person. */
public enum PenaltySubject {
	VENUE, PERSON
}
