package io.zhian.security;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * SM2 signatures (GB/T 32918) by the server's own key, for documents a venue keeps and shows later, such as
 * intake receipts. The key pair is made on first use and kept in the database; every key ever used stays
 * there, so a receipt signed before a key change still verifies.
 */
@Service
public class Signatures {

	public static final String ALGORITHM = "SM2-SM3";
	private static final X9ECParameters CURVE = GMNamedCurves.getByName("sm2p256v1");
	private static final ECDomainParameters DOMAIN = new ECDomainParameters(CURVE.getCurve(), CURVE.getG(),
			CURVE.getN(), CURVE.getH());

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();
	private final Map<String, ECPublicKeyParameters> publicKeys = new ConcurrentHashMap<>();
	private volatile SigningKey current;

	Signatures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A signature: which key made it and the DER-encoded SM2 signature in Base64. */
	public record Signature(String keyId, String algorithm, String value) {
	}

	private record SigningKey(String id, ECPrivateKeyParameters privateKey) {
	}

	public Signature sign(byte[] message) {
		SigningKey key = signingKey();
		SM2Signer signer = new SM2Signer();
		signer.init(true, new ParametersWithRandom(key.privateKey(), random));
		signer.update(message, 0, message.length);
		try {
			return new Signature(key.id(), ALGORITHM, Base64.getEncoder().encodeToString(signer.generateSignature()));
		}
		catch (CryptoException e) {
			throw new IllegalStateException("SM2 signing failed", e);
		}
	}

	/** Whether {@code value} is a signature of {@code message} by the named key; false for an unknown key. */
	public boolean verify(byte[] message, String keyId, String value) {
		Optional<ECPublicKeyParameters> key = publicKey(keyId);
		if (key.isEmpty() || value == null) {
			return false;
		}
		byte[] signature;
		try {
			signature = Base64.getDecoder().decode(value);
		}
		catch (IllegalArgumentException e) {
			return false;
		}
		SM2Signer verifier = new SM2Signer();
		verifier.init(false, key.get());
		verifier.update(message, 0, message.length);
		return verifier.verifySignature(signature);
	}

	/** The public key in uncompressed form (hex), for anyone who verifies signatures offline. */
	public Optional<String> publicKeyHex(String keyId) {
		return publicKey(keyId).map(k -> HexFormat.of().formatHex(k.getQ().getEncoded(false)));
	}

	private Optional<ECPublicKeyParameters> publicKey(String keyId) {
		if (keyId == null) {
			return Optional.empty();
		}
		ECPublicKeyParameters cached = publicKeys.get(keyId);
		if (cached != null) {
			return Optional.of(cached);
		}
		return jdbc.sql("select public_key from sec_signing_key where id = ?").param(keyId)
			.query(byte[].class).optional()
			.map(encoded -> {
				ECPublicKeyParameters key = new ECPublicKeyParameters(CURVE.getCurve().decodePoint(encoded), DOMAIN);
				publicKeys.put(keyId, key);
				return key;
			});
	}

	private SigningKey signingKey() {
		SigningKey key = current;
		if (key != null) {
			return key;
		}
		synchronized (this) {
			if (current == null) {
				// Two nodes starting at once may each make a key; both are kept and both verify.
				current = jdbc.sql("select id, private_key from sec_signing_key order by created_at desc limit 1")
					.query((rs, row) -> new SigningKey(rs.getString("id"),
							new ECPrivateKeyParameters(new BigInteger(1, rs.getBytes("private_key")), DOMAIN)))
					.optional().orElseGet(this::generate);
			}
			return current;
		}
	}

	private SigningKey generate() {
		ECKeyPairGenerator generator = new ECKeyPairGenerator();
		generator.init(new ECKeyGenerationParameters(DOMAIN, random));
		AsymmetricCipherKeyPair pair = generator.generateKeyPair();
		ECPrivateKeyParameters privateKey = (ECPrivateKeyParameters) pair.getPrivate();
		ECPublicKeyParameters publicKey = (ECPublicKeyParameters) pair.getPublic();
		String id = "sm2-" + HexFormat.of().formatHex(random.generateSeed(4));
		jdbc.sql("""
				insert into sec_signing_key (id, algorithm, public_key, private_key, created_at)
				values (?, ?, ?, ?, ?)""")
			.params(id, ALGORITHM, publicKey.getQ().getEncoded(false), privateKey.getD().toByteArray(),
					Timestamp.from(clock.instant()))
			.update();
		return new SigningKey(id, privateKey);
	}
}
