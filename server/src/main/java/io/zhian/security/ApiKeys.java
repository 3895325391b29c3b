package io.zhian.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ScopeKind;
import io.zhian.common.Sm3;
import io.zhian.common.UserKind;
import io.zhian.common.ZhianException;
import io.zhian.org.UserDirectory;

/**
 * Credentials of venue systems (a hotel's PMS). A key acts for exactly one venue and may do one thing: submit
 * that venue's records. Its secret is shown once at creation; only the secret's SM3 digest is kept.
 */
@Service
class ApiKeys {

	/** The only permission a venue system's key carries. */
	static final String RECORD_SUBMIT = "RECORD_SUBMIT";
	private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);
	private static final char[] KEY_ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private final JdbcClient jdbc;
	private final UserDirectory directory;
	private final AuditTrail audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	ApiKeys(JdbcClient jdbc, UserDirectory directory, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	record ApiKey(long id, String keyId, String name, String createdBy, Instant createdAt, Instant lastUsedAt,
			Instant revokedAt) {
	}

	/** A new key with its secret, which is never shown again. */
	record IssuedKey(long id, String keyId, String name, String secret, String header, Instant createdAt) {
	}

	@Transactional
	IssuedKey issue(Actor actor, String name) {
		long venueId = venueOf(actor);
		String keyId = "zk" + randomId(14);
		byte[] secretBytes = new byte[32];
		random.nextBytes(secretBytes);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);
		Instant now = clock.instant();
		long id = jdbc.sql("""
				insert into sec_api_key (key_id, secret_sm3, venue_id, name, created_by, created_at)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(keyId, Sm3.hex(secret), venueId, name.strip(), actor.userId(), Timestamp.from(now))
			.query(Long.class).single();
		audit.record(AuditRecord.success(AuditAction.CREATE, "ApiKey", id, keyId + " " + name.strip()));
		return new IssuedKey(id, keyId, name.strip(), secret, "Authorization: ApiKey " + keyId + "." + secret, now);
	}

	@Transactional(readOnly = true)
	List<ApiKey> list(Actor actor) {
		return jdbc.sql("""
				select k.id, k.key_id, k.name, u.display_name, k.created_at, k.last_used_at, k.revoked_at
				from sec_api_key k join org_user u on u.id = k.created_by where k.venue_id = ? order by k.created_at desc""")
			.param(venueOf(actor))
			.query((rs, row) -> new ApiKey(rs.getLong("id"), rs.getString("key_id"), rs.getString("name"),
					rs.getString("display_name"), rs.getTimestamp("created_at").toInstant(),
					instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at"))))
			.list();
	}

	@Transactional
	void revoke(Actor actor, long id) {
		int changed = jdbc.sql("update sec_api_key set revoked_at = ? where id = ? and venue_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), id, venueOf(actor)).update();
		if (changed == 0) {
			throw new ZhianException(ErrorCode.API_KEY_NOT_FOUND, id);
		}
		audit.record(AuditRecord.success(AuditAction.DELETE, "ApiKey", id, "revoked"));
	}

	/**
	 * The acting venue system for {@code <keyId>.<secret>}, or empty for an unknown, revoked or wrong key. It
	 * acts with its venue and unit but only {@value #RECORD_SUBMIT}, under the name {@code apikey:<keyId>}. No
	 * transaction: its reads and the occasional touch are each atomic, and this runs on every call of a venue system.
	 */
	Optional<Actor> authenticate(String credential) {
		int dot = credential.indexOf('.');
		if (dot <= 0) {
			return Optional.empty();
		}
		String keyId = credential.substring(0, dot);
		byte[] presented = Sm3.hex(credential.substring(dot + 1)).getBytes(StandardCharsets.US_ASCII);
		record Stored(long id, String secretSm3, long venueId, String name, long createdBy, Instant lastUsedAt) {
		}
		Optional<Stored> key = jdbc.sql("""
				select id, secret_sm3, venue_id, name, created_by, last_used_at from sec_api_key
				where key_id = ? and revoked_at is null""")
			.param(keyId)
			.query((rs, row) -> new Stored(rs.getLong("id"), rs.getString("secret_sm3"), rs.getLong("venue_id"),
					rs.getString("name"), rs.getLong("created_by"), instant(rs.getTimestamp("last_used_at"))))
			.optional()
			.filter(k -> MessageDigest.isEqual(k.secretSm3().getBytes(StandardCharsets.US_ASCII), presented));
		return key.flatMap(k -> directory.find(k.createdBy()).map(creator -> {
			Instant now = clock.instant();
			if (k.lastUsedAt() == null || k.lastUsedAt().isBefore(now.minus(LAST_USED_GRANULARITY))) {
				jdbc.sql("update sec_api_key set last_used_at = ? where id = ?").params(Timestamp.from(now), k.id())
					.update();
			}
			return new Actor(creator.id(), "apikey:" + keyId, k.name(), UserKind.ENTERPRISE, creator.unitId(),
					creator.unitCode(), creator.unitPath(), k.venueId(), ScopeKind.OWN_VENUE, Set.of(RECORD_SUBMIT));
		}));
	}

	private static long venueOf(Actor actor) {
		if (actor.venueId() == null) {
			throw new ZhianException(ErrorCode.ACCESS_DENIED);
		}
		return actor.venueId();
	}

	private String randomId(int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(KEY_ID_ALPHABET[random.nextInt(KEY_ID_ALPHABET.length)]);
		}
		return out.toString();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
