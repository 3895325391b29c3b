package io.zhian.trade;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A role a person plays in a record (guest, pledger, seller, vehicle owner…).
 *
 * @param code the role as sent in {@code parties[].role}
 * @param min the fewest parties of this role a record must have
 * @param max the most parties of this role a record may have
 * @param compared whether parties in this role are compared against the watch lists
 * @param documentCategories the document families accepted for this role
 * @param requiredFields per document family, the party's own fields that must be present beyond document
 * type, number and name (e.g. {@code sex}, {@code birthDate}, {@code nationality})
 * @param attributes the role's trade-specific fields, under {@code parties[].attributes}
 * @param attributesRequiredFor per declared attribute that is required only for some document families, those
 * families (an attribute listed here is required for them and optional otherwise)
 * @param labelZh the role's name in Chinese (典当人, 送修人)
 * @param labelEn the role's name in English
 */
public record PartyRole(String code, int min, int max, boolean compared, Set<DocumentCategory> documentCategories,
		Map<DocumentCategory, Set<String>> requiredFields, List<FieldSpec> attributes,
		Map<String, Set<DocumentCategory>> attributesRequiredFor, String labelZh, String labelEn) {

	/** Absent in a declaration: every document family, nothing required beyond document and name. */
	public PartyRole {
		documentCategories = documentCategories == null || documentCategories.isEmpty()
				? Set.of(DocumentCategory.values()) : Set.copyOf(documentCategories);
		requiredFields = requiredFields == null ? Map.of() : Map.copyOf(requiredFields);
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
		attributesRequiredFor = attributesRequiredFor == null ? Map.of() : Map.copyOf(attributesRequiredFor);
	}

	/** A role without display names: its code serves. */
	public PartyRole(String code, int min, int max, boolean compared, Set<DocumentCategory> documentCategories,
			Map<DocumentCategory, Set<String>> requiredFields, List<FieldSpec> attributes,
			Map<String, Set<DocumentCategory>> attributesRequiredFor) {
		this(code, min, max, compared, documentCategories, requiredFields, attributes, attributesRequiredFor, code,
				code);
	}

	public boolean requiresField(DocumentCategory category, String field) {
		return requiredFields.getOrDefault(category, Set.of()).contains(field);
	}

	public boolean requiresAttribute(DocumentCategory category, FieldSpec attribute) {
		Set<DocumentCategory> only = attributesRequiredFor.get(attribute.name());
		return only == null ? attribute.required() : only.contains(category);
	}
}
