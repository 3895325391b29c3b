package io.zhian.security;

import java.time.Instant;

/** A row of {@code sec_credential}. */
record CredentialRecord(long userId, PasswordHasher.Hash password, Instant changedAt, boolean mustChange,
		int failedAttempts, Instant lockedUntil, byte[] totpSecret, byte[] totpPending, Long totpLastStep) {

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
