package io.zhian.org;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One police unit with its public-security unit code and GB/T 2260 region code. */
public record Unit(long id, Long parentId, UnitLevel level, String code, String name, String regionCode,
		@JsonIgnore String path, boolean enabled) {
}
