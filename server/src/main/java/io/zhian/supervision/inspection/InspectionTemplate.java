package io.zhian.supervision.inspection;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of a trade's inspection checklist.
 *
 * @param legalBasis prefills the 整改依据 of a rectification notice issued from an inspection with this template
 */
public record InspectionTemplate(long id, String trade, int version, String legalBasis,
		List<TemplateSection> sections, Instant createdAt, String createdByName) {

	public InspectionTemplate {
		sections = List.copyOf(sections);
	}

	public Stream<TemplateItem> items() {
		return sections.stream().flatMap(section -> section.items().stream());
	}

	public Optional<TemplateItem> item(String code) {
		return items().filter(item -> item.code().equals(code)).findFirst();
	}

	/** The score of a perfect inspection. */
	public int possiblePoints() {
		return items().mapToInt(TemplateItem::points).sum();
	}
}
