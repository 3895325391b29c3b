package io.zhian.reference;

import java.time.LocalDate;

/**
 * A GB/T 2260 administrative division, current or retired. Retired codes stay known because older ID
 * numbers still carry them (e.g. 110103 崇文区, retired 2010).
 *
 * @param level PROVINCE, PREFECTURE or COUNTY
 * @param validTo the day the code was retired, or null while it is current
 */
public record Region(String code, String name, String level, LocalDate validFrom, LocalDate validTo) {

	public boolean retired() {
		return validTo != null;
	}
}
