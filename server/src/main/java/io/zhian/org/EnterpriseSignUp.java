package io.zhian.org;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.common.Actor;
import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;
import io.zhian.venue.VenueFiling;
import io.zhian.venue.VenueFilings;

/**
 * Enterprise self-registration (企业注册): in one transaction, a pending venue filing and its first enterprise
 * user with the password the applicant chose. Any refusal (filing, username, password policy) rolls back both,
 * so nothing is left half made. The user can sign in at once but sees only the filing until the station
 * approves it.
 */
@Service
public class EnterpriseSignUp {

	static final String ROLE = "ENTERPRISE_CLERK";

	/**
	 * The public endpoint acts for no signed-in user. User creation checks the creator's reach; this actor
	 * reaches the whole city (a venue may be filed with any station) but holds no permission, so it can grant
	 * nothing beyond the enterprise clerk role.
	 */
	private static final Actor APPLICANT = new Actor(0, "signup", "Self-registration", UserKind.ADMIN, null, null,
			null, null, ScopeKind.CITY, Set.of());

	private final VenueFilings filings;
	private final UserAdministration users;
	private final CredentialIssuer credentials;

	EnterpriseSignUp(VenueFilings filings, UserAdministration users, CredentialIssuer credentials) {
		this.filings = filings;
		this.users = users;
		this.credentials = credentials;
	}

	public record Registered(long venueId, long userId, String username) {
	}

	@Transactional
	public Registered register(String username, String password, String displayName, VenueFiling filing) {
		long venueId = filings.file(filing, username.trim());
		UserAccount user = users.create(APPLICANT, username.trim(), new UserProfile(displayName.trim(),
				UserKind.ENTERPRISE, null, null, venueId, List.of(ROLE), ScopeKind.OWN_VENUE)).user();
		credentials.setChosenPassword(user.id(), user.username(), password);
		return new Registered(venueId, user.id(), user.username());
	}
}
