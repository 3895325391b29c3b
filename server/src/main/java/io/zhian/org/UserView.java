package io.zhian.org;

import java.time.Instant;
import java.util.List;

import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;

/** A user as the administration pages show it. */
record UserView(long id, String username, String displayName, UserKind kind, String policeNumber, Long unitId,
		String unitName, Long venueId, List<String> roles, ScopeKind scope, boolean enabled, boolean locked,
		boolean totpEnabled, Instant createdAt) {

	static UserView of(UserAccount user, CredentialIssuer.CredentialState state) {
		return new UserView(user.id(), user.username(), user.displayName(), user.kind(), user.policeNumber(),
				user.unitId(), user.unitName(), user.venueId(), user.roles(), user.scope(), user.enabled(),
				state != null && state.locked(), state != null && state.totpEnabled(), user.createdAt());
	}
}
