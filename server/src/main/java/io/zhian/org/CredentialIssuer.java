package io.zhian.org;

import java.util.Collection;
import java.util.Map;

/**
 * What user administration needs from the security module, which owns passwords and second factors.
 * Declared here and implemented there, so the dependency points one way (security → org).
 */
public interface CredentialIssuer {

	/** Sets a fresh random password that must be changed at the next login, and clears any lockout. */
	String issueTemporaryPassword(long userId);

	/**
	 * Sets a password the user chose (self-registration), checked by the password policy (ZA-1007); it need not
	 * be changed at the next login.
	 */
	void setChosenPassword(long userId, String username, String password);

	/** Removes the user's second factor; they enrol again at the next login if one is required. */
	void resetSecondFactor(long userId);

	/** Lock and second-factor state of the given users. */
	Map<Long, CredentialState> states(Collection<Long> userIds);

	record CredentialState(boolean locked, boolean totpEnabled) {
	}
}
