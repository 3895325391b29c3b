package io.zhian.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the code-table administration endpoints. */
final class CodeTableRequests {

	private CodeTableRequests() {
	}

	/** A local entry; codes are plain (letters, digits, dot, underscore, hyphen) so they survive CSV and URLs. */
	record NewEntry(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String code,
			@NotBlank @Size(max = 100) String name, @Size(max = 200) String nameEn,
			@Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String parentCode) {
	}

	record NewMapping(@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String system,
			@NotBlank @Size(max = 64) @Pattern(regexp = "\\S(.*\\S)?") String legacyCode,
			@NotBlank @Pattern(regexp = "[A-Za-z0-9._-]{1,32}") String code) {
	}
}
