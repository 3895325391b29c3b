package io.zhian.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

class PasswordRulesTest {

	private final PasswordPolicy policy = new PasswordPolicy();
	private final PasswordHasher hasher = new PasswordHasher(1, Duration.ofSeconds(2));

	@ParameterizedTest
	@ValueSource(strings = { "Short1!", "alllowercase1", "ALLUPPER123", "NoDigitsNoSymbols", "12345678!!" })
	void refusesPasswordsThatAreShortOrUseFewerThanThreeClasses(String password) {
		assertThatThrownBy(() -> policy.check("someone", password)).isInstanceOf(ZhianException.class)
			.extracting(e -> ((ZhianException) e).errorCode())
			.isEqualTo(ErrorCode.PASSWORD_POLICY_VIOLATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Zhian-demo-2026", "abcDEF123", "abc-def-123", "ABC_DEF_123", "长城Abc12345" })
	void acceptsEightCharactersFromThreeClasses(String password) {
		assertThatCode(() -> policy.check("someone", password)).doesNotThrowAnyException();
	}

	@Test
	void refusesAPasswordContainingTheUsername() {
		assertThatThrownBy(() -> policy.check("station", "Station-2026")).isInstanceOf(ZhianException.class);
	}

	@Test
	void temporaryPasswordsSatisfyThePolicyAndDiffer() {
		String first = policy.temporary();
		assertThatCode(() -> policy.check("someone", first)).doesNotThrowAnyException();
		assertThat(PasswordPolicy.classes(first)).isEqualTo(4);
		assertThat(policy.temporary()).isNotEqualTo(first);
	}

	@Test
	void hashesWithAFreshSaltAndVerifies() {
		PasswordHasher.Hash one = hasher.hash("Zhian-demo-2026", 100_000);
		PasswordHasher.Hash two = hasher.hash("Zhian-demo-2026", 100_000);
		assertThat(one.salt()).hasSize(16).isNotEqualTo(two.salt());
		assertThat(one.hash()).hasSize(32).isNotEqualTo(two.hash());
		assertThat(hasher.matches("Zhian-demo-2026", one)).isTrue();
		assertThat(hasher.matches("Zhian-demo-2027", one)).isFalse();
	}

	/**
	 * PBKDF2's first block with one iteration is HMAC(password, salt || 00000001): checks that the derivation
	 * really runs over HMAC-SM3 and not some other function.
	 */
	@Test
	void derivationIsPbkdf2OverHmacSm3() {
		byte[] password = "Zhian-demo-2026".getBytes(StandardCharsets.UTF_8);
		byte[] salt = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");
		HMac hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter(password));
		hmac.update(salt, 0, salt.length);
		hmac.update(new byte[] { 0, 0, 0, 1 }, 0, 4);
		byte[] expected = new byte[32];
		hmac.doFinal(expected, 0);
		assertThat(PasswordHasher.derive("Zhian-demo-2026", salt, 1)).isEqualTo(expected);
	}

	/** A burst beyond what the cores can hash is refused (ZA-1011) instead of holding request threads. */
	@Test
	void aCheckThatCannotStartInTimeIsRefused() {
		PasswordHasher oneAtATime = new PasswordHasher(1, Duration.ofMillis(20));
		PasswordHasher.Hash quick = oneAtATime.hash("Zhian-demo-2026", 1);
		CompletableFuture<PasswordHasher.Hash> slow = CompletableFuture
			.supplyAsync(() -> oneAtATime.hash("Zhian-demo-2026", 2_000_000));
		ZhianException refused = null;
		while (refused == null && !slow.isDone()) {
			try {
				oneAtATime.matches("Zhian-demo-2026", quick); // passes until the slow one holds the only slot
			}
			catch (ZhianException e) {
				refused = e;
			}
		}
		slow.cancel(true);
		assertThat(refused).as("refused while the slow derivation ran").isNotNull();
		assertThat(refused.errorCode()).isEqualTo(ErrorCode.SIGN_IN_BUSY);
	}
}
