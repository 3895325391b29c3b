package io.zhian.org;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;
import io.zhian.common.ZhianException;
import io.zhian.venue.Venue;
import io.zhian.venue.Venues;

/**
 * Creates and changes users. An administrator acts only within their own data scope and can hand out
 * administrative powers only if they hold them, so no one can create a user more powerful than they are.
 */
@Service
public class UserAdministration {

	private final JdbcClient jdbc;
	private final UserDirectory directory;
	private final Units units;
	private final Venues venues;
	private final CredentialIssuer credentials;
	private final AuditTrail audit;

	UserAdministration(JdbcClient jdbc, UserDirectory directory, Units units, Venues venues,
			CredentialIssuer credentials, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.units = units;
		this.venues = venues;
		this.credentials = credentials;
		this.audit = audit;
	}

	/** A new user and the temporary password to hand over; it must be changed at the first login. */
	public record Created(UserAccount user, String temporaryPassword) {
	}

	@Transactional
	public Created create(Actor actor, String username, UserProfile profile) {
		Long unitId = checkedUnit(actor, profile);
		checkRoles(actor, profile);
		long id;
		try {
			id = jdbc.sql("""
					insert into org_user (username, display_name, kind, police_number, unit_id, venue_id, scope)
					values (?, ?, ?, ?, ?, ?, ?) returning id""")
				.params(username.trim(), profile.displayName(), profile.kind().name(), profile.policeNumber(), unitId,
						profile.venueId(), profile.scope().name())
				.query(Long.class).single();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(e, username, profile.policeNumber());
		}
		writeRoles(id, profile.roles());
		audit.record(AuditRecord.success(AuditAction.CREATE, "User", id, username + " kind=" + profile.kind()
				+ " roles=" + profile.roles() + " scope=" + profile.scope()));
		String password = credentials.issueTemporaryPassword(id);
		return new Created(directory.find(id).orElseThrow(), password);
	}

	@Transactional
	public UserAccount update(Actor actor, long id, UserRequests.Update request) {
		UserAccount before = visible(actor, id);
		UserProfile profile = new UserProfile(request.displayName().trim(), before.kind(),
				request.policeNumber(), request.unitId(), request.venueId(), request.roles(), request.scope());
		Long unitId = checkedUnit(actor, profile);
		checkRoles(actor, profile);
		try {
			jdbc.sql("""
					update org_user set display_name = ?, police_number = ?, unit_id = ?, venue_id = ?, scope = ?
					where id = ?""")
				.params(profile.displayName(), profile.policeNumber(), unitId, profile.venueId(),
						profile.scope().name(), id)
				.update();
		}
		catch (DuplicateKeyException e) {
			throw duplicate(e, before.username(), profile.policeNumber());
		}
		jdbc.sql("delete from org_user_role where user_id = ?").param(id).update();
		writeRoles(id, profile.roles());
		UserAccount after = directory.find(id).orElseThrow();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "User", id, "displayName=" + after.displayName()
				+ " policeNumber=" + after.policeNumber() + " unit=" + after.unitCode() + " venue=" + after.venueId()));
		if (!Set.copyOf(before.roles()).equals(Set.copyOf(after.roles())) || before.scope() != after.scope()) {
			audit.record(AuditRecord.success(AuditAction.PERMISSION_CHANGE, "User", id, "roles " + before.roles()
					+ " -> " + after.roles() + ", scope " + before.scope() + " -> " + after.scope()));
		}
		return after;
	}

	@Transactional
	public UserAccount setEnabled(Actor actor, long id, boolean enabled) {
		visible(actor, id);
		if (actor.userId() == id) {
			throw new ZhianException(ErrorCode.CANNOT_CHANGE_OWN_ACCOUNT);
		}
		jdbc.sql("update org_user set enabled = ? where id = ?").params(enabled, id).update();
		audit.record(AuditRecord.success(AuditAction.UPDATE, "User", id, enabled ? "enabled" : "disabled"));
		return directory.find(id).orElseThrow();
	}

	@Transactional
	public String resetPassword(Actor actor, long id) {
		visible(actor, id);
		String password = credentials.issueTemporaryPassword(id);
		audit.record(AuditRecord.success(AuditAction.PASSWORD_CHANGE, "User", id, "reset by administrator"));
		return password;
	}

	@Transactional
	public void resetSecondFactor(Actor actor, long id) {
		visible(actor, id);
		credentials.resetSecondFactor(id);
		audit.record(AuditRecord.success(AuditAction.SECOND_FACTOR_CHANGE, "User", id, "reset by administrator"));
	}

	/** The user if the actor's scope reaches them. */
	@Transactional(readOnly = true)
	public UserAccount visible(Actor actor, long id) {
		UserAccount user = directory.find(id).orElseThrow(() -> new ZhianException(ErrorCode.USER_NOT_FOUND, id));
		boolean covered = actor.scope() == ScopeKind.CITY
				|| (user.unitId() != null && actor.dataScope().coversUnit(user.unitId(), user.unitPath()));
		if (!covered) {
			throw new ZhianException(ErrorCode.OUTSIDE_DATA_SCOPE);
		}
		return user;
	}

	/** Checks kind, affiliation and scope fit together and lie within the actor's reach; returns the unit. */
	private Long checkedUnit(Actor actor, UserProfile profile) {
		switch (profile.kind()) {
			case POLICE -> {
				if (profile.policeNumber() == null || profile.unitId() == null || profile.venueId() != null
						|| profile.scope() == ScopeKind.OWN_VENUE) {
					throw new ZhianException(ErrorCode.USER_AFFILIATION_INVALID, profile.kind());
				}
			}
			case ENTERPRISE -> {
				if (profile.venueId() == null || profile.policeNumber() != null
						|| profile.scope() != ScopeKind.OWN_VENUE) {
					throw new ZhianException(ErrorCode.USER_AFFILIATION_INVALID, profile.kind());
				}
			}
			case ADMIN -> {
				if (profile.venueId() != null || profile.scope() == ScopeKind.OWN_VENUE
						|| (profile.unitId() == null && profile.scope() != ScopeKind.CITY)) {
					throw new ZhianException(ErrorCode.USER_AFFILIATION_INVALID, profile.kind());
				}
			}
		}
		if (profile.scope() == ScopeKind.CITY && actor.scope() != ScopeKind.CITY) {
			throw new ZhianException(ErrorCode.SCOPE_NOT_ALLOWED, profile.scope());
		}
		Long unitId = profile.unitId();
		if (profile.kind() == UserKind.ENTERPRISE) {
			Venue venue = venues.find(profile.venueId())
				.orElseThrow(() -> new ZhianException(ErrorCode.VENUE_NOT_FOUND, profile.venueId()));
			// A venue's clerks belong to its police station, which is what scopes them for station officers.
			unitId = venue.stationUnitId();
		}
		if (unitId != null) {
			units.visible(actor.dataScope(), unitId);
		}
		else if (actor.scope() != ScopeKind.CITY) {
			throw new ZhianException(ErrorCode.SCOPE_NOT_ALLOWED, profile.scope());
		}
		return unitId;
	}

	private void checkRoles(Actor actor, UserProfile profile) {
		Map<String, List<String>> roles = directory.roles();
		for (String role : profile.roles()) {
			List<String> granted = roles.get(role);
			if (granted == null) {
				throw new ZhianException(ErrorCode.ROLE_UNKNOWN, role, String.join(", ", roles.keySet()));
			}
			boolean enterpriseRole = granted.contains(Permissions.ENTERPRISE_PORTAL);
			if (enterpriseRole != (profile.kind() == UserKind.ENTERPRISE)) {
				throw new ZhianException(ErrorCode.USER_AFFILIATION_INVALID, profile.kind());
			}
			boolean escalates = granted.stream()
				.anyMatch(p -> Permissions.ADMINISTRATIVE.contains(p) && !actor.permissions().contains(p));
			if (escalates) {
				throw new ZhianException(ErrorCode.ACCESS_DENIED);
			}
		}
	}

	private void writeRoles(long userId, List<String> roles) {
		for (String role : Set.copyOf(roles)) {
			jdbc.sql("insert into org_user_role (user_id, role_code) values (?, ?)").params(userId, role).update();
		}
	}

	private static ZhianException duplicate(DuplicateKeyException e, String username, String policeNumber) {
		String message = String.valueOf(e.getMostSpecificCause().getMessage());
		if (message.contains("police_number")) {
			return new ZhianException(ErrorCode.POLICE_NUMBER_TAKEN, policeNumber);
		}
		return new ZhianException(ErrorCode.USERNAME_TAKEN, username);
	}
}
