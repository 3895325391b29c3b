package io.zhian.bench.city;

/**
 * How often and how a person stays away from home: the mix of these is what gives a city its travel pattern.
 * {@code tripWeight} is relative: a regular stays about fifteen times as often as a tourist.
 */
public enum Traveller {
	/** A salesman or driver on a weekly round, usually at the same one or two venues, alone, one or two nights. */
	REGULAR(0.03, 30.0),
	/** Business trips on weekdays, one to three nights, mostly alone. */
	BUSINESS(0.25, 6.0),
	/** Weekends, holidays and summer, two to four nights, with family or friends. */
	TOURIST(0.52, 2.0),
	/** Lives in the city and hardly ever takes a room. */
	LOCAL(0.20, 0.5);

	final double share;
	final double tripWeight;

	Traveller(double share, double tripWeight) {
		this.share = share;
		this.tripWeight = tripWeight;
	}

	boolean leisure() {
		return this == TOURIST || this == LOCAL;
	}
}
