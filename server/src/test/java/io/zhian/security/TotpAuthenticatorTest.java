package io.zhian.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TotpAuthenticatorTest {

	/** The RFC 6238 appendix B SHA-1 secret. */
	private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static TotpAuthenticator at(long epochSeconds) {
		return new TotpAuthenticator(Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
	}

	@Test
	void matchesTheRfc6238ReferenceValuesTruncatedToSixDigits() {
		// RFC 6238 appendix B, SHA-1: T=59 → 94287082, T=1111111109 → 07081804, T=2000000000 → 69279037.
		assertThat(at(59).code(RFC_SECRET, 59 / 30)).isEqualTo(287082);
		assertThat(at(0).code(RFC_SECRET, 1111111109L / 30)).isEqualTo(81804);
		assertThat(at(0).code(RFC_SECRET, 2000000000L / 30)).isEqualTo(279037);
	}

	@Test
	void acceptsTheCurrentCodeAndOneStepOfDriftButNotTwo() {
		TotpAuthenticator totp = at(1111111109L);
		long step = 1111111109L / 30;
		assertThat(totp.verify(RFC_SECRET, "081804", null)).hasValue(step);
		assertThat(totp.verify(RFC_SECRET, pad(totp.code(RFC_SECRET, step - 1)), null)).hasValue(step - 1);
		assertThat(totp.verify(RFC_SECRET, pad(totp.code(RFC_SECRET, step + 1)), null)).hasValue(step + 1);
		assertThat(totp.verify(RFC_SECRET, pad(totp.code(RFC_SECRET, step - 2)), null)).isEmpty();
	}

	@Test
	void neverAcceptsACodeTwice() {
		TotpAuthenticator totp = at(1111111109L);
		long step = 1111111109L / 30;
		assertThat(totp.verify(RFC_SECRET, "081804", step)).isEmpty();
	}

	@Test
	void rejectsMalformedCodes() {
		TotpAuthenticator totp = at(59);
		assertThat(totp.verify(RFC_SECRET, "28708", null)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, "abcdef", null)).isEmpty();
		assertThat(totp.verify(RFC_SECRET, null, null)).isEmpty();
	}

	@Test
	void otpauthUriCarriesIssuerAccountAndBase32Secret() {
		String uri = at(0).otpauthUri("Zhian", "station", RFC_SECRET);
		assertThat(uri).isEqualTo("otpauth://totp/Zhian%3Astation?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
				+ "&issuer=Zhian&algorithm=SHA1&digits=6&period=30");
	}

	private static String pad(int code) {
		return String.format("%06d", code);
	}
}
