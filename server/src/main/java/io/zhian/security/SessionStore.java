package io.zhian.security;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.zhian.common.Sm3;

/**
 * Bearer-token sessions. A token is 256 random bits; only its SM3 digest is stored. A session lives while
 * it is used: each use pushes its expiry to {@code idle timeout} from now; logout revokes it at once.
 */
@Repository
class SessionStore {

	/** Refresh the stored expiry at most this often, so that reads do not all turn into writes. */
	private static final Duration TOUCH_INTERVAL = Duration.ofSeconds(30);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final Duration idleTimeout;
	private final SecureRandom random = new SecureRandom();

	SessionStore(JdbcClient jdbc, Clock clock, SecurityProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.idleTimeout = properties.sessionIdleTimeout();
	}

	record Session(String tokenHash, long userId, Instant lastSeenAt, Instant expiresAt) {
	}

	String open(long userId, String sourceIp) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		jdbc.sql("""
				insert into sec_session (token_hash, user_id, created_at, last_seen_at, expires_at, source_ip)
				values (?, ?, ?, ?, ?, ?)""")
			.params(Sm3.hex(token), userId, Timestamp.from(now), Timestamp.from(now),
					Timestamp.from(now.plus(idleTimeout)), sourceIp)
			.update();
		return token;
	}

	/**
	 * The live session behind a token, with its idle expiry pushed forward. No transaction: the read and the
	 * occasional touch are each atomic, and this runs on every authenticated request.
	 */
	Optional<Session> use(String token) {
		Instant now = clock.instant();
		Optional<Session> session = jdbc.sql("""
				select token_hash, user_id, last_seen_at, expires_at from sec_session
				where token_hash = ? and revoked_at is null and expires_at > ?""")
			.params(Sm3.hex(token), Timestamp.from(now))
			.query((rs, row) -> new Session(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant(),
					rs.getTimestamp(4).toInstant()))
			.optional();
		session.filter(s -> s.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now))
			.ifPresent(s -> jdbc.sql("update sec_session set last_seen_at = ?, expires_at = ? where token_hash = ?")
				.params(Timestamp.from(now), Timestamp.from(now.plus(idleTimeout)), s.tokenHash())
				.update());
		return session;
	}

	/** Revokes one session; answers the user it belonged to, if it was live. */
	Optional<Long> revoke(String token) {
		return jdbc.sql("""
				update sec_session set revoked_at = ? where token_hash = ? and revoked_at is null returning user_id""")
			.params(Timestamp.from(clock.instant()), Sm3.hex(token))
			.query(Long.class).optional();
	}

	void revokeAll(long userId) {
		jdbc.sql("update sec_session set revoked_at = ? where user_id = ? and revoked_at is null")
			.params(Timestamp.from(clock.instant()), userId).update();
	}

	Duration idleTimeout() {
		return idleTimeout;
	}
}
