package io.zhian.supervision.inspection;

import java.util.List;

/** A group of checklist items under one heading (证照, 从业人员, 消防安全…). */
public record TemplateSection(String code, String title, String titleEn, List<TemplateItem> items) {

	public TemplateSection {
		items = items == null ? List.of() : List.copyOf(items);
	}
}
