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

	private static final String PASSWORD = "Bench-clerk-2026";

	private VenueKeys() {
	}

	/** Creates the venue's clerk {@code username}, signs in as them and answers a new key as {@code keyId.secret}. */
	public static String issue(ApplicationContext context, String baseUrl, VenueDetail venue, String username)
			throws Exception {
		UserAdministration users = context.getBean(UserAdministration.class);
		Credentials credentials = context.getBean(Credentials.class);
		CurrentActor.runAsSystem(Permissions.ALL, () -> {
			long id = users.create(CurrentActor.require(), username, new UserProfile("前台" + venue.code(),
					UserKind.ENTERPRISE, null, null, venue.id(), List.of("ENTERPRISE_CLERK"), ScopeKind.OWN_VENUE))
				.user().id();
			credentials.setPassword(id, username, PASSWORD, false);
		});
		Http clerk = Http.login(baseUrl, username, PASSWORD);
		var issued = clerk.post("/api/v1/api-keys", Map.of("name", "bench loader"));
		return issued.path("keyId").asString() + "." + issued.path("secret").asString();
	}
}
