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
 */
public record PartyRole(String code, int min, int max, boolean compared, Set<DocumentCategory> documentCategories,
		Map<DocumentCategory, Set<String>> requiredFields, List<FieldSpec> attributes,
		Map<String, Set<DocumentCategory>> attributesRequiredFor) {

	public boolean requiresField(DocumentCategory category, String field) {
		return requiredFields.getOrDefault(category, Set.of()).contains(field);
	}

	public boolean requiresAttribute(DocumentCategory category, FieldSpec attribute) {
		Set<DocumentCategory> only = attributesRequiredFor.get(attribute.name());
		return only == null ? attribute.required() : only.contains(category);
	}
}
