package io.zhian.security;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;

/** The signed-in user as the web UI needs it to build its menus and pages. */
record Me(long id, String username, String displayName, UserKind kind, String policeNumber, UnitRef unit,
		VenueRef venue, List<String> roles, Set<String> permissions, ScopeKind scope, boolean totpEnabled,
		Instant passwordExpiresAt) {

	record UnitRef(long id, String code, String name, String level) {
	}

	/** @param trades the venue's trades: the portal shows the hotel desk or the generic record entry by them */
	record VenueRef(long id, String code, String name, java.util.List<String> trades) {
	}
}
