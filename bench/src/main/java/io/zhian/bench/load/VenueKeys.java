package io.zhian.bench.load;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationContext;

import io.zhian.bench.search.Http;
import io.zhian.common.CurrentActor;
import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;
import io.zhian.org.Permissions;
import io.zhian.org.UserAdministration;
import io.zhian.org.UserProfile;
import io.zhian.security.Credentials;
import io.zhian.venue.VenueDetail;

/** A venue's API key as its clerk creates one (docs/api.md, a PMS vendor's walk-through), for the intake loader. */
public final class VenueKeys {

	public static final String PASSWORD = "Bench-clerk-2026";

	private VenueKeys() {
	}

	/** Creates the venue's clerk {@code username}, signs in as them and answers a new key as {@code keyId.secret}. */
	public static String issue(ApplicationContext context, String baseUrl, VenueDetail venue, String username)
			throws Exception {
		return issue(context, baseUrl, venue.id(), venue.code(), username);
	}

	/** The same for a venue known by its id and code. */
	public static String issue(ApplicationContext context, String baseUrl, long venueId, String venueCode,
			String username) throws Exception {
		createClerk(context, venueId, venueCode, username);
		Http clerk = Http.login(baseUrl, username, PASSWORD);
		var issued = clerk.post("/api/v1/api-keys", Map.of("name", "bench loader"));
		return issued.path("keyId").asString() + "." + issued.path("secret").asString();
	}

	/** Creates the venue's clerk {@code username} with the bench's password ({@link #PASSWORD}). */
	public static void createClerk(ApplicationContext context, long venueId, String venueCode, String username) {
		UserAdministration users = context.getBean(UserAdministration.class);
		Credentials credentials = context.getBean(Credentials.class);
		CurrentActor.runAsSystem(Permissions.ALL, () -> {
			long id = users.create(CurrentActor.require(), username, new UserProfile("前台" + venueCode,
					UserKind.ENTERPRISE, null, null, venueId, List.of("ENTERPRISE_CLERK"), ScopeKind.OWN_VENUE))
				.user().id();
			credentials.setPassword(id, username, PASSWORD, false);
		});
	}
}
