/**
 * Authentication: passwords (PBKDF2 over HMAC-SM3), the password policy and lockout, the TOTP second
 * factor, bearer-token sessions, and the request filter that turns a token into the acting user.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package io.zhian.security;
