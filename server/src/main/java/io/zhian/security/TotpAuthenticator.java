package io.zhian.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.springframework.stereotype.Component;

/**
 * RFC 6238 time-based one-time passwords as common authenticator apps expect them: HMAC-SHA1, 6 digits, a
 * 30-second step, a 160-bit secret shown as Base32. One step of clock drift either way is accepted, and a
 * code is never accepted twice.
 */
@Component
class TotpAuthenticator {

	static final Duration STEP = Duration.ofSeconds(30);
	private static final int DRIFT_STEPS = 1;

	private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator(STEP, 6,
			TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);
	private final SecureRandom random = new SecureRandom();
	private final Clock clock;

	TotpAuthenticator(Clock clock) {
		this.clock = clock;
	}

	byte[] newSecret() {
		byte[] secret = new byte[20];
		random.nextBytes(secret);
		return secret;
	}

	static String base32(byte[] secret) {
		return new Base32().encodeToString(secret).replace("=", "");
	}

	String otpauthUri(String issuer, String username, byte[] secret) {
		String label = URLEncoder.encode(issuer + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
		return "otpauth://totp/" + label + "?secret=" + base32(secret) + "&issuer="
				+ URLEncoder.encode(issuer, StandardCharsets.UTF_8) + "&algorithm=SHA1&digits=6&period=30";
	}

	/**
	 * The time step at which the code is valid, if it is valid now and newer than {@code lastUsedStep};
	 * empty otherwise.
	 */
	OptionalLong verify(byte[] secret, String code, Long lastUsedStep) {
		if (code == null || !code.matches("[0-9]{6}")) {
			return OptionalLong.empty();
		}
		long now = clock.instant().getEpochSecond() / STEP.getSeconds();
		for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
			if (lastUsedStep != null && step <= lastUsedStep) {
				continue;
			}
			if (code(secret, step) == Integer.parseInt(code)) {
				return OptionalLong.of(step);
			}
		}
		return OptionalLong.empty();
	}

	int code(byte[] secret, long step) {
		try {
			return generator.generateOneTimePassword(new SecretKeySpec(secret, generator.getAlgorithm()),
					Instant.ofEpochSecond(step * STEP.getSeconds()));
		}
		catch (InvalidKeyException e) {
			throw new IllegalStateException("TOTP secret rejected", e);
		}
	}
}
