package io.zhian.supervision.bulletin;

import java.util.List;

/**
 * Who a bulletin goes to, as the publisher chooses it. Trades narrow the districts and stations (hotels of 渝中区);
 * without districts and stations they apply to the publisher's whole jurisdiction. Venues named one by one are
 * added to whatever the other parts select. Resolved to venues once, at publish time.
 *
 * @param trades trade codes (HOTEL, PAWN…)
 * @param districts ids of district or county bureaus (分县局)
 * @param stations ids of police stations (派出所)
 * @param venues ids of single venues
 */
public record Audience(List<String> trades, List<Long> districts, List<Long> stations, List<Long> venues) {

	public Audience {
		trades = trades == null ? List.of() : List.copyOf(trades);
		districts = districts == null ? List.of() : List.copyOf(districts);
		stations = stations == null ? List.of() : List.copyOf(stations);
		venues = venues == null ? List.of() : List.copyOf(venues);
	}

	/** Whether trades, districts or stations select venues as a group (else only the named venues receive it). */
	boolean selectsGroups() {
		return !trades.isEmpty() || !districts.isEmpty() || !stations.isEmpty();
	}

	boolean isEmpty() {
		return !selectsGroups() && venues.isEmpty();
	}
}
