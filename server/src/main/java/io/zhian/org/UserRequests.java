package io.zhian.org;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.zhian.common.ScopeKind;
import io.zhian.common.UserKind;

/** Bodies of the user endpoints. */
final class UserRequests {

	private UserRequests() {
	}

	record Create(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{3,64}", message = "{zhian.username}") String username,
			@NotBlank @Size(max = 100) String displayName, @NotNull UserKind kind,
			@Pattern(regexp = "[0-9A-Z]{4,10}", message = "{zhian.police-number}") String policeNumber, Long unitId,
			Long venueId, @NotEmpty List<@NotBlank String> roles, @NotNull ScopeKind scope) {

		UserProfile profile() {
			return new UserProfile(displayName.trim(), kind, policeNumber, unitId, venueId, roles, scope);
		}
	}

	record Update(@NotBlank @Size(max = 100) String displayName,
			@Pattern(regexp = "[0-9A-Z]{4,10}", message = "{zhian.police-number}") String policeNumber, Long unitId,
			Long venueId, @NotEmpty List<@NotBlank String> roles, @NotNull ScopeKind scope) {
	}
}
