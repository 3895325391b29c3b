package io.zhian.supervision.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * A rectification notice as the officer issues it from an inspection.
 *
 * @param legalBasis the template's legal basis if absent
 * @param items the texts of the inspection's problem items if absent
 */
public record NoticeForm(Long inspectionId, String legalBasis, List<String> items, LocalDate deadline) {

	public List<String> items() {
		return items == null ? List.of() : items;
	}
}
