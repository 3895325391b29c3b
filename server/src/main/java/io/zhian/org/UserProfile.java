package io.zhian.org;

import java.util.List;

import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;

/** Everything about a user but the name they sign in with. */
public record UserProfile(String displayName, UserKind kind, String policeNumber, Long unitId, Long venueId,
		List<String> roles, ScopeKind scope) {

	public UserProfile {
		roles = List.copyOf(roles);
	}
}
