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
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.org.UserDirectory;

/**
 * Turns {@code Authorization: Bearer <token>} into the acting user, and {@code Authorization: ApiKey
 * <keyId>.<secret>} into the acting venue system. An unknown, expired or revoked credential, or a disabled
 * user, leaves the request anonymous; protected endpoints then answer 401.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String TOKEN_ATTRIBUTE = BearerTokenFilter.class.getName() + ".token";
	private static final String PREFIX = "Bearer ";
	private static final String API_KEY_PREFIX = "ApiKey ";

	private final SessionStore sessions;
	private final UserDirectory directory;
	private final Problems problems;
	private final ApiKeys apiKeys;

	BearerTokenFilter(SessionStore sessions, UserDirectory directory, ApiKeys apiKeys, Problems problems) {
		this.sessions = sessions;
		this.apiKeys = apiKeys;
		this.directory = directory;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		boolean bearer = header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
		boolean apiKey = header != null && header.regionMatches(true, 0, API_KEY_PREFIX, 0, API_KEY_PREFIX.length());
		if (bearer || apiKey) {
			String token = header.substring(bearer ? PREFIX.length() : API_KEY_PREFIX.length()).trim();
			Optional<Actor> actor;
			try {
				actor = apiKey ? apiKeys.authenticate(token)
						: sessions.use(token).flatMap(session -> directory.enabledActor(session.userId()));
			}
			catch (DataAccessResourceFailureException | TransactionException e) {
				// No connection, or one that died under the lookup (its rollback then fails too): unavailable.
				problems.write(request, response, ErrorCode.DATABASE_UNAVAILABLE);
				return;
			}
			actor.ifPresent(signedIn -> {
				List<SimpleGrantedAuthority> authorities = signedIn.permissions().stream()
					.map(SimpleGrantedAuthority::new)
					.toList();
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities));
				if (bearer) {
					request.setAttribute(TOKEN_ATTRIBUTE, token);
				}
			});
		}
		chain.doFilter(request, response);
	}
}
