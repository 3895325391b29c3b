package io.zhian.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.stereotype.Component;

/**
 * PBKDF2 (RFC 8018) with HMAC-SM3 as its pseudo-random function, a random 16-byte salt per password and a
 * 256-bit derived key. The iteration count is stored with each hash so it can be raised later.
 */
@Component
class PasswordHasher {

	static final int SALT_BYTES = 16;
	private static final int KEY_BITS = 256;

	private final SecureRandom random = new SecureRandom();

	record Hash(byte[] hash, byte[] salt, int iterations) {
	}

	Hash hash(String password, int iterations) {
		byte[] salt = new byte[SALT_BYTES];
		random.nextBytes(salt);
		return new Hash(derive(password, salt, iterations), salt, iterations);
	}

	boolean matches(String password, Hash stored) {
		return MessageDigest.isEqual(derive(password, stored.salt(), stored.iterations()), stored.hash());
	}

	static byte[] derive(String password, byte[] salt, int iterations) {
		PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(new SM3Digest());
		generator.init(password.getBytes(StandardCharsets.UTF_8), salt, iterations);
		return ((KeyParameter) generator.generateDerivedParameters(KEY_BITS)).getKey();
	}
}
