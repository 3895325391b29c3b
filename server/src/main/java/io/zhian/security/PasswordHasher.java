package io.zhian.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Semaphore;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * PBKDF2 (RFC 8018) with HMAC-SM3 as its pseudo-random function, a random 16-byte salt per password and a
 * 256-bit derived key. The iteration count is stored with each hash so it can be raised later.
 * <p>
 * A derivation is a few hundred milliseconds of one core, on purpose. At most {@code concurrency} run at once
 * and the others queue first come, first served: in a burst of logins the first ones are answered after one
 * derivation each instead of every login sharing the cores and all finishing late together, and the other
 * requests of the server keep a core when {@code concurrency} is below the number of cores.
 */
@Component
class PasswordHasher {

	static final int SALT_BYTES = 16;
	private static final int KEY_BITS = 256;

	private final SecureRandom random = new SecureRandom();
	private final Semaphore running;

	@Autowired
	PasswordHasher(SecurityProperties properties) {
		this(properties.concurrentPasswordChecks());
	}

	/** {@code concurrency} 0: as many as the machine has cores. */
	PasswordHasher(int concurrency) {
		this.running = new Semaphore(concurrency > 0 ? concurrency : Runtime.getRuntime().availableProcessors(), true);
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
		running.acquireUninterruptibly();
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
