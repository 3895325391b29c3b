package io.zhian.supervision.enforcement;

import java.util.Optional;

import org.springframework.stereotype.Component;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;
import io.zhian.org.Unit;
import io.zhian.org.Units;
import io.zhian.venue.Venue;
import io.zhian.venue.Venues;

/**
 * What an officer can reach when recording a penalty or registering a case: venues whose station lies within
 * their data scope (a station its own, a district its stations, the city all) and units within it. Answers
 * empty for what lies outside, so a form can say which field is wrong without revealing more.
 */
@Component
class Reach {

	private final Venues venues;
	private final Units units;

	Reach(Venues venues, Units units) {
		this.venues = venues;
		this.units = units;
	}

	Optional<Venue> venue(Actor actor, Long venueId) {
		if (venueId == null) {
			return Optional.empty();
		}
		return venues.find(venueId).filter(venue -> unit(actor, venue.stationUnitId()).isPresent());
	}

	Optional<Unit> unit(Actor actor, Long unitId) {
		if (unitId == null) {
			return Optional.empty();
		}
		return units.find(unitId).filter(unit -> actor.dataScope().coversUnit(unit.id(), unit.path()));
	}

	/** The unit an officer's work is credited to: the adding or recording unit that alone may edit later. */
	static long ownUnit(Actor actor) {
		if (actor.unitId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		return actor.unitId();
	}
}
