package io.zhian.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.org.UserAccount;
import io.zhian.org.UserDirectory;

/**
 * Turns {@code Authorization: Bearer <token>} into the acting user. An unknown, expired or revoked token,
 * or a disabled user, leaves the request anonymous; protected endpoints then answer 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKEN_ATTRIBUTE = BearerTokenFilter.class.getName() + ".token";
	private static final String PREFIX = "Bearer ";

	private final SessionStore sessions;
	private final UserDirectory directory;
	private final Problems problems;

	BearerTokenFilter(SessionStore sessions, UserDirectory directory, Problems problems) {
		this.sessions = sessions;
		this.directory = directory;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			String token = header.substring(PREFIX.length()).trim();
			Optional<Actor> actor;
			try {
				actor = sessions.use(token)
					.flatMap(session -> directory.find(session.userId()))
					.filter(UserAccount::enabled)
					.map(directory::actorOf);
			}
			catch (DataAccessResourceFailureException | CannotCreateTransactionException e) {
				problems.write(request, response, ErrorCode.DATABASE_UNAVAILABLE);
				return;
			}
			actor.ifPresent(signedIn -> {
				List<SimpleGrantedAuthority> authorities = signedIn.permissions().stream()
					.map(SimpleGrantedAuthority::new)
					.toList();
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities));
				request.setAttribute(TOKEN_ATTRIBUTE, token);
			});
		}
		chain.doFilter(request, response);
	}
}
