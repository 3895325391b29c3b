package io.zhian.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditOutcome;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.CurrentActor;
import io.zhian.common.ErrorCode;
import io.zhian.common.UserKind;
import io.zhian.common.ZhianException;
import io.zhian.org.UserAccount;
import io.zhian.org.UserDirectory;

/**
 * Signs users in and out and lets them change their password and enrol a second factor. Every attempt is
 * audited. Failed attempts are counted and committed even though the caller gets an error, which is why
 * each operation runs in an explicit transaction that returns its refusal instead of throwing it.
 * <p>
 * The password is checked before that transaction opens: a PBKDF2 derivation is a hundred milliseconds or more of
 * CPU, and holding a pooled connection meanwhile ran the pool dry under a burst of logins (issue 7's mixed
 * load). Inside the transaction the credential row is locked and, if it changed in between, checked again.
 */
@Service
class LoginService {

	private static final String ENTITY = "User";
	private static final java.time.format.DateTimeFormatter SHANGHAI_MINUTES = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneId.of("Asia/Shanghai"));

	private final UserDirectory directory;
	private final CredentialStore store;
	private final PasswordHasher hasher;
	private final PasswordPolicy policy;
	private final TotpAuthenticator totp;
	private final SessionStore sessions;
	private final AuditTrail audit;
	private final SecurityProperties properties;
	private final Clock clock;
	private final TransactionTemplate transaction;

	LoginService(UserDirectory directory, CredentialStore store, PasswordHasher hasher, PasswordPolicy policy,
			TotpAuthenticator totp, SessionStore sessions, AuditTrail audit, SecurityProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.directory = directory;
		this.store = store;
		this.hasher = hasher;
		this.policy = policy;
		this.totp = totp;
		this.sessions = sessions;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	record SignedIn(String token, UserAccount user) {
	}

	/** Password, then second factor, then password age; a session only when all three pass. */
	SignedIn login(String username, String password, String code) {
		PasswordCheck check = checkPassword(username, password);
		return inTransaction(() -> {
			UserAccount user = knownUser(check, AuditAction.LOGIN);
			CredentialRecord credential = confirmPassword(check, password, AuditAction.LOGIN);
			checkSecondFactor(user, credential, code);
			if (credential.mustChange() || credential.changedAt().plus(properties.passwordMaxAge()).isBefore(now())) {
				deny(user, AuditAction.LOGIN, "password must be changed");
				throw new ZhianException(ErrorCode.PASSWORD_CHANGE_REQUIRED);
			}
			store.clearFailures(user.id());
			String token = sessions.open(user.id(), CurrentActor.sourceIp());
			audit.recordAs(user.username(), user.id(), user.unitCode(),
					AuditRecord.success(AuditAction.LOGIN, ENTITY, user.id(), null));
			return new SignedIn(token, user);
		});
	}

	void logout(String token) {
		inTransaction(() -> {
			sessions.revoke(token).flatMap(directory::find)
				.ifPresent(user -> audit.recordAs(user.username(), user.id(), user.unitCode(),
						AuditRecord.success(AuditAction.LOGOUT, ENTITY, user.id(), null)));
			return null;
		});
	}

	/**
	 * Changes a password given the current one; works when the password has expired or must be changed, which
	 * is why it takes a username rather than a session. All of the user's sessions end.
	 */
	void changePassword(String username, String currentPassword, String newPassword) {
		PasswordCheck check = checkPassword(username, currentPassword);
		inTransaction(() -> {
			UserAccount user = knownUser(check, AuditAction.PASSWORD_CHANGE);
			confirmPassword(check, currentPassword, AuditAction.PASSWORD_CHANGE);
			try {
				policy.check(user.username(), newPassword);
				checkNotReused(user.id(), newPassword);
			}
			catch (ZhianException refused) {
				audit.recordAs(user.username(), user.id(), user.unitCode(), AuditRecord.failure(
						AuditAction.PASSWORD_CHANGE, ENTITY, user.id(), refused.errorCode().code()));
				throw refused;
			}
			store.setPassword(user.id(), hasher.hash(newPassword, properties.pbkdf2Iterations()), false, now());
			sessions.revokeAll(user.id());
			audit.recordAs(user.username(), user.id(), user.unitCode(),
					AuditRecord.success(AuditAction.PASSWORD_CHANGE, ENTITY, user.id(), null));
			return null;
		});
	}

	record Enrolment(String secret, String otpauthUri) {
	}

	/** Starts second-factor enrolment; the next login with a code from this secret completes it. */
	Enrolment startEnrolment(String username, String password) {
		PasswordCheck check = checkPassword(username, password);
		return inTransaction(() -> {
			UserAccount user = knownUser(check, AuditAction.SECOND_FACTOR_CHANGE);
			CredentialRecord credential = confirmPassword(check, password, AuditAction.SECOND_FACTOR_CHANGE);
			if (credential.totpSecret() != null) {
				throw new ZhianException(ErrorCode.SECOND_FACTOR_ALREADY_ENABLED);
			}
			byte[] secret = totp.newSecret();
			store.setPendingTotp(user.id(), secret);
			audit.recordAs(user.username(), user.id(), user.unitCode(),
					AuditRecord.success(AuditAction.SECOND_FACTOR_CHANGE, ENTITY, user.id(), "enrolment started"));
			return new Enrolment(TotpAuthenticator.base32(secret),
					totp.otpauthUri(properties.totpIssuer(), user.username(), secret));
		});
	}

	/** The user of that name, the stored hash the password was checked against, and whether it matched. */
	private record PasswordCheck(String username, UserAccount user, PasswordHasher.Hash checked, boolean matched) {
	}

	/** Outside any transaction: the derivation must not hold a pooled connection (see the class comment). */
	private PasswordCheck checkPassword(String username, String password) {
		UserAccount user = directory.findByUsername(username).orElse(null);
		CredentialRecord credential = user == null ? null : store.find(user.id()).orElse(null);
		if (credential == null) {
			// Spend the same work as a real check, so response time does not reveal which names exist.
			hasher.spendCheckWork(password, properties.pbkdf2Iterations());
			return new PasswordCheck(username, user, null, false);
		}
		return new PasswordCheck(username, user, credential.password(),
				hasher.matches(password, credential.password()));
	}

	private UserAccount knownUser(PasswordCheck check, AuditAction action) {
		if (check.user() == null) {
			audit.recordAs(check.username(), null, null, AuditRecord.failure(action, ENTITY, null, "unknown user"));
			throw new ZhianException(ErrorCode.BAD_CREDENTIALS);
		}
		return check.user();
	}

	/** The checked password against the locked credential row: counts a failure, refuses a locked account. */
	private CredentialRecord confirmPassword(PasswordCheck check, String password, AuditAction action) {
		UserAccount user = check.user();
		CredentialRecord credential = store.lock(user.id()).orElse(null);
		if (credential == null) {
			fail(user, action, "no password set");
			throw new ZhianException(ErrorCode.BAD_CREDENTIALS);
		}
		if (credential.lockedAt(now())) {
			deny(user, action, "account locked");
			throw locked(credential.lockedUntil());
		}
		boolean matched = credential.password().sameAs(check.checked()) ? check.matched()
				: hasher.matches(password, credential.password()); // changed meanwhile: rare, checked again
		if (!matched) {
			registerFailure(user, credential, action, "bad password");
		}
		if (!user.enabled()) {
			deny(user, action, "account disabled");
			throw new ZhianException(ErrorCode.ACCOUNT_DISABLED);
		}
		return credential;
	}

	private void checkSecondFactor(UserAccount user, CredentialRecord credential, String code) {
		if (credential.totpSecret() != null) {
			if (code == null || code.isBlank()) {
				deny(user, AuditAction.LOGIN, "second factor required");
				throw new ZhianException(ErrorCode.SECOND_FACTOR_REQUIRED);
			}
			OptionalLong step = totp.verify(credential.totpSecret(), code.trim(), credential.totpLastStep());
			if (step.isEmpty()) {
				registerFailure(user, credential, AuditAction.LOGIN, "bad second-factor code");
			}
			store.useTotpStep(user.id(), step.getAsLong());
			return;
		}
		if (credential.totpPending() != null && code != null && !code.isBlank()) {
			OptionalLong step = totp.verify(credential.totpPending(), code.trim(), null);
			if (step.isEmpty()) {
				registerFailure(user, credential, AuditAction.LOGIN, "bad second-factor code at enrolment");
			}
			store.activateTotp(user.id(), step.getAsLong());
			audit.recordAs(user.username(), user.id(), user.unitCode(),
					AuditRecord.success(AuditAction.SECOND_FACTOR_CHANGE, ENTITY, user.id(), "enrolment completed"));
			return;
		}
		if (properties.requireSecondFactor() && user.kind() == UserKind.POLICE) {
			deny(user, AuditAction.LOGIN, "second-factor enrolment required");
			throw new ZhianException(ErrorCode.SECOND_FACTOR_ENROLMENT_REQUIRED);
		}
	}

	/** Counts a failed attempt and, at the limit, locks the account; always ends in a refusal. */
	private void registerFailure(UserAccount user, CredentialRecord credential, AuditAction action, String why) {
		int attempts = credential.failedAttempts() + 1;
		fail(user, action, why + " (attempt " + attempts + ")");
		if (attempts >= properties.maxFailedLogins()) {
			Instant until = now().plus(properties.lockoutDuration());
			store.recordFailure(user.id(), 0, until);
			audit.recordAs(user.username(), user.id(), user.unitCode(), AuditRecord.success(AuditAction.LOCKOUT,
					ENTITY, user.id(), attempts + " consecutive failures, locked until " + until));
			throw locked(until);
		}
		store.recordFailure(user.id(), attempts, null);
		throw new ZhianException(why.contains("second-factor") ? ErrorCode.SECOND_FACTOR_INVALID
				: ErrorCode.BAD_CREDENTIALS);
	}

	private void checkNotReused(long userId, String newPassword) {
		CredentialRecord current = store.find(userId).orElseThrow();
		List<PasswordHasher.Hash> recent = store.history(userId, properties.passwordHistory() - 1);
		boolean reused = hasher.matches(newPassword, current.password())
				|| recent.stream().anyMatch(old -> hasher.matches(newPassword, old));
		if (reused) {
			throw new ZhianException(ErrorCode.PASSWORD_REUSED, properties.passwordHistory());
		}
	}

	private static ZhianException locked(Instant until) {
		return new ZhianException(ErrorCode.ACCOUNT_LOCKED, Map.of("lockedUntil", until.toString()),
				SHANGHAI_MINUTES.format(until));
	}

	private void fail(UserAccount user, AuditAction action, String why) {
		audit.recordAs(user.username(), user.id(), user.unitCode(), AuditRecord.failure(action, ENTITY, user.id(), why));
	}

	private void deny(UserAccount user, AuditAction action, String why) {
		audit.recordAs(user.username(), user.id(), user.unitCode(),
				new AuditRecord(action, ENTITY, String.valueOf(user.id()), AuditOutcome.DENIED, why));
	}

	private Instant now() {
		return clock.instant();
	}

	/**
	 * Runs the work in one transaction that commits even when the work ends in a {@link ZhianException}: the
	 * failure counters and audit rows written before the refusal must stay.
	 */
	private <T> T inTransaction(java.util.function.Supplier<T> work) {
		Object result = transaction.execute(status -> {
			try {
				return work.get();
			}
			catch (ZhianException refusal) {
				return refusal;
			}
		});
		if (result instanceof ZhianException refusal) {
			throw refusal;
		}
		@SuppressWarnings("unchecked")
		T value = (T) result;
		return value;
	}
}
