package io.zhian.common;

import java.util.Set;

/**
 * The signed-in user as every module sees it: who acts, from which unit or venue, how far their data
 * reaches, and what they may do. Built by the security module on each authenticated request.
 */
public record Actor(long userId, String username, String displayName, UserKind kind, Long unitId, String unitCode,
		String unitPath, Long venueId, ScopeKind scope, Set<String> permissions) {

	public Actor {
		permissions = Set.copyOf(permissions);
	}

	public boolean can(String permission) {
		return permissions.contains(permission);
	}

	public DataScope dataScope() {
		return new DataScope(scope, unitId, unitPath, venueId);
	}
}
