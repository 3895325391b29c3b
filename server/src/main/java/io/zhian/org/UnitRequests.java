package io.zhian.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the unit endpoints. */
final class UnitRequests {

	private UnitRequests() {
	}

	/** Without a parent: the city bureau, the root of the tree, which can be created once. */
	record Create(Long parentId, @NotNull UnitLevel level,
			@NotBlank @Pattern(regexp = "[0-9]{12}", message = "{zhian.unit.code}") String code,
			@NotBlank @Size(max = 100) String name,
			@NotBlank @Pattern(regexp = "[0-9]{6}", message = "{zhian.region.code}") String regionCode) {
	}

	record Update(@NotBlank @Pattern(regexp = "[0-9]{12}", message = "{zhian.unit.code}") String code,
			@NotBlank @Size(max = 100) String name,
			@NotBlank @Pattern(regexp = "[0-9]{6}", message = "{zhian.region.code}") String regionCode,
			@NotNull Boolean enabled) {
	}
}
