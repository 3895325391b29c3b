package io.zhian.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Bodies of the authentication endpoints. */
final class AuthRequests {

	private AuthRequests() {
	}

	record Login(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password,
			@Size(max = 16) String totp) {
	}

	record ChangePassword(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String currentPassword,
			@NotBlank @Size(max = 128) String newPassword) {
	}

	record StartEnrolment(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
	}
}
