package io.zhian.supervision.inspection;

import java.util.List;

/** A new version of a trade's checklist as the template editor sends it. */
public record TemplateDraft(String legalBasis, List<TemplateSection> sections) {

	public List<TemplateSection> sections() {
		return sections == null ? List.of() : sections;
	}
}
