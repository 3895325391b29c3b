package io.zhian.security;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import io.zhian.common.ErrorCode;
import io.zhian.common.Problems;
import io.zhian.org.UserDirectory;

/**
 * Stateless bearer-token security: no cookies (so no CSRF surface), no server-side HTTP session. The API
 * requires a token except for signing in and the public system facts; the web UI's files are public.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http, SessionStore sessions, UserDirectory directory, ApiKeys apiKeys,
			Problems problems) throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.httpBasic(basic -> basic.disable())
			.formLogin(form -> form.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new BearerTokenFilter(sessions, directory, apiKeys, problems), AnonymousAuthenticationFilter.class)
			.authorizeHttpRequests(authorize -> authorize
				// The async dispatch that ends a stream (live alarms) continues a request already authorised.
				.dispatcherTypeMatchers(DispatcherType.ASYNC)
				.permitAll()
				.requestMatchers("/api/v1/auth/login", "/api/v1/auth/password", "/api/v1/auth/totp/enrolment",
						"/api/v1/system/info", "/api/v1/signup", "/api/v1/signup/stations", "/api/v1/signup/codes/*",
						"/api/v1/records/receipts/verify", "/api/v1/public/seal-penalties")
				.permitAll()
				.requestMatchers("/api/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(
						(request, response, e) -> problems.write(request, response, ErrorCode.AUTHENTICATION_REQUIRED))
				.accessDeniedHandler(
						(request, response, e) -> problems.write(request, response, ErrorCode.ACCESS_DENIED)))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data: blob:; "
						+ "style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; "
						+ "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}
}
