package io.zhian.org;

import java.time.Instant;
import java.util.List;

import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;

/** A person who can sign in, with where they belong and what they may reach. */
public record UserAccount(long id, String username, String displayName, UserKind kind, String policeNumber,
		Long unitId, String unitCode, String unitName, String unitPath, Long venueId, ScopeKind scope,
		boolean enabled, Instant createdAt, List<String> roles) {
}
