package io.zhian.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Security settings ({@code zhian.security.*}). The second factor is required for police users by default;
 * the embedded demo turns it off (see DeploymentModeEnvironment). {@code concurrent-password-checks}: how many
 * PBKDF2 derivations run at once (0: one per core), {@code password-check-wait}: how long one may queue before
 * the attempt is refused with ZA-1011 (see PasswordHasher).
 */
@ConfigurationProperties("zhian.security")
record SecurityProperties(@DefaultValue("true") boolean requireSecondFactor,
		@DefaultValue("30m") Duration sessionIdleTimeout, @DefaultValue("90d") Duration passwordMaxAge,
		@DefaultValue("5") int passwordHistory, @DefaultValue("5") int maxFailedLogins,
		@DefaultValue("15m") Duration lockoutDuration, @DefaultValue("120000") int pbkdf2Iterations,
		@DefaultValue("Zhian") String totpIssuer, @DefaultValue("0") int concurrentPasswordChecks,
		@DefaultValue("2s") Duration passwordCheckWait) {

	SecurityProperties {
		if (pbkdf2Iterations < 100_000) {
			throw new IllegalArgumentException("zhian.security.pbkdf2-iterations must be at least 100000");
		}
	}
}
