package io.zhian.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * PBKDF2 (RFC 8018) with HMAC-SM3 as its pseudo-random function, a random 16-byte salt per password and a
 * 256-bit derived key. The iteration count is stored with each hash so it can be raised later.
 * <p>
 * A derivation is a hundred milliseconds or more of one core, on purpose. At most {@code concurrency} run at
 * once and the others queue first come, first served: in a burst of logins the first ones are answered after
 * one derivation each instead of every login sharing the cores and all finishing late together. A check that
 * cannot start within {@code maxWait} is refused with ZA-1011 rather than left waiting: a burst beyond what the
 * cores can hash would otherwise hold every request thread of the server and stall all its other requests.
 */
@Component
class PasswordHasher {

	static final int SALT_BYTES = 16;
	private static final int KEY_BITS = 256;

	private final SecureRandom random = new SecureRandom();
	private final Semaphore running;
	private final Duration maxWait;

	@Autowired
	PasswordHasher(SecurityProperties properties) {
		this(properties.concurrentPasswordChecks(), properties.passwordCheckWait());
	}

	/** {@code concurrency} 0: as many as the machine has cores. */
	PasswordHasher(int concurrency, Duration maxWait) {
		this.running = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
		this.maxWait = maxWait;
	}

	record Hash(byte[] hash, byte[] salt, int iterations) {

		/** The same stored hash (a record compares arrays by reference). */
		boolean sameAs(Hash other) {
			return other != null && iterations == other.iterations && Arrays.equals(hash, other.hash)
					&& Arrays.equals(salt, other.salt);
		}
	}

	Hash hash(String password, int iterations) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		return new Hash(queued(password, salt, iterations), salt, iterations);
	}

	boolean matches(String password, Hash stored) {
		return MessageDigest.isEqual(queued(password, stored.salt(), stored.iterations()), stored.hash());
	}

	/** The work of a real check where there is nothing to check, so that timing does not tell which names exist. */
	void spendCheckWork(String password, int iterations) {
		queued(password, new byte[SALT_BYTES], iterations);
	}

	private byte[] queued(String password, byte[] salt, int iterations) {
		try {
			if (!running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new ZhianException(ErrorCode.SIGN_IN_BUSY);
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ZhianException(ErrorCode.SIGN_IN_BUSY);
		}
		try {
			return derive(password, salt, iterations);
		}
		finally {
			running.release();
		}
	}

	static byte[] derive(String password, byte[] salt, int iterations) {
		PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
		generator.init(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
		return ((KeyParameter) generator.generateDerivedParameters(KEY_BITS)).getKey();
	}
}
