package io.zhian.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes {@code sec_credential} and {@code sec_password_history}. */
@Repository
class CredentialStore {

	private final JdbcClient jdbc;

	CredentialStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads a user's credential and locks the row, so concurrent failed logins count correctly. */
	Optional<CredentialRecord> lock(long userId) {
		return jdbc.sql("select * from sec_credential where user_id = ? for update").param(userId)
			.query(CredentialStore::record).optional();
	}

	Optional<CredentialRecord> find(long userId) {
		return jdbc.sql("select * from sec_credential where user_id = ?").param(userId)
			.query(CredentialStore::record).optional();
	}

	List<CredentialRecord> findAll(List<Long> userIds) {
		if (userIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select * from sec_credential where user_id in (:ids)").param("ids", userIds)
			.query(CredentialStore::record).list();
	}

	/** Sets a password; the one it replaces goes to the history so it cannot come back soon. */
	void setPassword(long userId, PasswordHasher.Hash hash, boolean mustChange, Instant now) {
		Optional<CredentialRecord> current = lock(userId);
		if (current.isPresent()) {
			PasswordHasher.Hash old = current.get().password();
			jdbc.sql("""
					insert into sec_password_history (user_id, password_hash, salt, iterations, created_at)
					values (?, ?, ?, ?, ?)""")
				.params(userId, old.hash(), old.salt(), old.iterations(), Timestamp.from(current.get().changedAt()))
				.update();
			jdbc.sql("""
					update sec_credential set password_hash = ?, salt = ?, iterations = ?, changed_at = ?,
					       must_change = ?, failed_attempts = 0, locked_until = null where user_id = ?""")
				.params(hash.hash(), hash.salt(), hash.iterations(), Timestamp.from(now), mustChange, userId).update();
		}
		else {
			jdbc.sql("""
					insert into sec_credential (user_id, password_hash, salt, iterations, changed_at, must_change)
					values (?, ?, ?, ?, ?, ?)""")
				.params(userId, hash.hash(), hash.salt(), hash.iterations(), Timestamp.from(now), mustChange).update();
		}
	}

	/** The most recent earlier passwords, newest first. */
	List<PasswordHasher.Hash> history(long userId, int count) {
		return jdbc.sql("""
				select password_hash, salt, iterations from sec_password_history where user_id = ?
				order by created_at desc, id desc limit ?""")
			.params(userId, count)
			.query((rs, row) -> new PasswordHasher.Hash(rs.getBytes(1), rs.getBytes(2), rs.getInt(3)))
			.list();
	}

	void recordFailure(long userId, int failedAttempts, Instant lockedUntil) {
		jdbc.sql("update sec_credential set failed_attempts = ?, locked_until = ? where user_id = ?")
			.params(failedAttempts, lockedUntil == null ? null : Timestamp.from(lockedUntil), userId).update();
	}

	void clearFailures(long userId) {
		jdbc.sql("update sec_credential set failed_attempts = 0, locked_until = null where user_id = ?")
			.param(userId).update();
	}

	void setPendingTotp(long userId, byte[] secret) {
		jdbc.sql("update sec_credential set totp_pending = ? where user_id = ?").params(secret, userId).update();
	}

	void activateTotp(long userId, long step) {
		jdbc.sql("""
				update sec_credential set totp_secret = totp_pending, totp_pending = null, totp_last_step = ?
				where user_id = ?""").params(step, userId).update();
	}

	void useTotpStep(long userId, long step) {
		jdbc.sql("update sec_credential set totp_last_step = ? where user_id = ?").params(step, userId).update();
	}

	void clearTotp(long userId) {
		jdbc.sql("""
				update sec_credential set totp_secret = null, totp_pending = null, totp_last_step = null
				where user_id = ?""").param(userId).update();
	}

	private static CredentialRecord record(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp("locked_until");
		long lastStep = rs.getLong("totp_last_step");
		boolean noStep = rs.wasNull();
		return new CredentialRecord(rs.getLong("user_id"),
				new PasswordHasher.Hash(rs.getBytes("password_hash"), rs.getBytes("salt"), rs.getInt("iterations")),
				rs.getTimestamp("changed_at").toInstant(), rs.getBoolean("must_change"), rs.getInt("failed_attempts"),
				locked == null ? null : locked.toInstant(), rs.getBytes("totp_secret"), rs.getBytes("totp_pending"),
				noStep ? null : lastStep);
	}
}
