package io.zhian.security;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.zhian.common.Actor;
import io.zhian.common.CurrentActor;
import io.zhian.org.UserAccount;
import io.zhian.org.UserDirectory;
import io.zhian.org.Units;
import io.zhian.venue.Venues;

@RestController
@Tag(name = "auth", description = "Sign in, sign out, passwords and second factor")
class AuthController {

	private final LoginService login;
	private final UserDirectory directory;
	private final CredentialStore credentials;
	private final Units units;
	private final Venues venues;
	private final SecurityProperties properties;
	private final SessionStore sessions;

	AuthController(LoginService login, UserDirectory directory, CredentialStore credentials, Units units,
			Venues venues, SecurityProperties properties, SessionStore sessions) {
		this.login = login;
		this.directory = directory;
		this.credentials = credentials;
		this.units = units;
		this.venues = venues;
		this.properties = properties;
		this.sessions = sessions;
	}

	@PostMapping("/api/v1/auth/login")
	@Operation(summary = "Sign in; answers a bearer token or a numbered problem (ZA-1001…ZA-1009)")
	Map<String, Object> login(@Valid @RequestBody AuthRequests.Login request) {
		LoginService.SignedIn signedIn = login.login(request.username(), request.password(), request.totp());
		return Map.of("token", signedIn.token(), "expiresInSeconds", sessions.idleTimeout().toSeconds(), "user",
				me(signedIn.user(), directory.permissions(signedIn.user())));
	}

	@PostMapping("/api/v1/auth/logout")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke the session of the token used")
	void logout(HttpServletRequest request) {
		CurrentActor.require();
		login.logout((String) request.getAttribute(BearerTokenFilter.TOKEN_ATTRIBUTE));
	}

	@PostMapping("/api/v1/auth/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Change a password with the current one (also when it has expired); ends all sessions")
	void changePassword(@Valid @RequestBody AuthRequests.ChangePassword request) {
		login.changePassword(request.username(), request.currentPassword(), request.newPassword());
	}

	@PostMapping("/api/v1/auth/totp/enrolment")
	@Operation(summary = "Start second-factor enrolment; the next login with a code from the secret completes it")
	LoginService.Enrolment startEnrolment(@Valid @RequestBody AuthRequests.StartEnrolment request) {
		return login.startEnrolment(request.username(), request.password());
	}

	@GetMapping("/api/v1/me")
	@Operation(summary = "The signed-in user")
	Me me() {
		Actor actor = CurrentActor.require();
		// The filter has already loaded the user's permissions into the actor: do not query them again.
		return me(directory.find(actor.userId()).orElseThrow(), actor.permissions());
	}

	private Me me(UserAccount user, Set<String> permissions) {
		Me.UnitRef unit = user.unitId() == null ? null
				: units.find(user.unitId()).map(u -> new Me.UnitRef(u.id(), u.code(), u.name(), u.level().name()))
					.orElse(null);
		Me.VenueRef venue = user.venueId() == null ? null
				: venues.find(user.venueId()).map(v -> new Me.VenueRef(v.id(), v.code(), v.name(), v.trades())).orElse(null);
		CredentialRecord credential = credentials.find(user.id()).orElseThrow();
		return new Me(user.id(), user.username(), user.displayName(), user.kind(), user.policeNumber(), unit, venue,
				user.roles(), new TreeSet<>(permissions), user.scope(), credential.totpSecret() != null,
				credential.changedAt().plus(properties.passwordMaxAge()));
	}
}
