package io.zhian.common;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Who is acting in the current request, and from where. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		return Optional.empty();
	}

	/** The acting user; only for code behind an authenticated endpoint. */
	public static Actor require() {
		return get().orElseThrow(() -> new ZhianException(ErrorCode.AUTHENTICATION_REQUIRED));
	}

	/**
	 * Runs set-up work (first administrator, demo city) as the built-in "system" user with the given
	 * permissions, so that it passes the same checks as a person would and its audit rows name who did it.
	 */
	public static void runAsSystem(java.util.Set<String> permissions, Runnable work) {
		Actor system = new Actor(0, "system", "System", UserKind.ADMIN, null, null, null, null, ScopeKind.CITY,
				permissions);
		SecurityContextHolder.getContext().setAuthentication(
				org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(system,
						null, java.util.List.of()));
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** The client's address as the servlet container sees it (behind a proxy, configure forwarded headers). */
	public static String sourceIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
