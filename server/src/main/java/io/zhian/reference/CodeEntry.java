package io.zhian.reference;

import java.time.LocalDate;
import java.util.Map;

/**
 * One entry of a code table.
 *
 * @param parentCode the entry above it in the same table (a county's prefecture), or null
 * @param validTo the day the code stopped being issued, or null while it is current
 * @param local added by an administrator of this installation, not shipped with the standard
 * @param attributes table-specific facts (a region's level, a country's alpha-2 code…)
 */
public record CodeEntry(String code, String name, String nameEn, String parentCode, LocalDate validFrom,
		LocalDate validTo, boolean local, Map<String, Object> attributes) {

	public CodeEntry {
		attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
	}

	public boolean retired() {
		return validTo != null;
	}
}
