package io.zhian.security;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.org.CredentialIssuer;

/**
 * Sets passwords on behalf of administrators and set-up code, and reports lock and second-factor state.
 * Changes made here end the user's sessions: a reset must lock out whoever held the old password.
 */
@Service
public class Credentials implements CredentialIssuer {

	private final CredentialStore store;
	private final PasswordHasher hasher;
	private final PasswordPolicy policy;
	private final SessionStore sessions;
	private final SecurityProperties properties;
	private final Clock clock;

	Credentials(CredentialStore store, PasswordHasher hasher, PasswordPolicy policy, SessionStore sessions,
			SecurityProperties properties, Clock clock) {
		this.store = store;
		this.hasher = hasher;
		this.policy = policy;
		this.sessions = sessions;
		this.properties = properties;
		this.clock = clock;
	}

	/** Sets a known password that satisfies the policy, e.g. for the demo accounts. */
	@Transactional
	public void setPassword(long userId, String username, String password, boolean mustChange) {
		policy.check(username, password);
		store.setPassword(userId, hasher.hash(password, properties.pbkdf2Iterations()), mustChange, clock.instant());
	}

	@Override
	@Transactional
	public void setChosenPassword(long userId, String username, String password) {
		setPassword(userId, username, password, false);
	}

	@Override
	@Transactional
	public String issueTemporaryPassword(long userId) {
		String password = policy.temporary();
		store.setPassword(userId, hasher.hash(password, properties.pbkdf2Iterations()), true, clock.instant());
		sessions.revokeAll(userId);
		return password;
	}

	@Override
	@Transactional
	public void resetSecondFactor(long userId) {
		store.clearTotp(userId);
		sessions.revokeAll(userId);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, CredentialState> states(Collection<Long> userIds) {
		return store.findAll(List.copyOf(userIds)).stream()
			.collect(Collectors.toMap(CredentialRecord::userId,
					c -> new CredentialState(c.lockedAt(clock.instant()), c.totpSecret() != null)));
	}
}
