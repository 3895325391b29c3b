package io.zhian.trade;

import java.util.Map;

/**
 * Which family of documents a party shows, because the hotel standard and the other trades ask different
 * facts of a mainland resident (国内), a Hong Kong, Macao or Taiwan resident (港澳台) and a foreigner (境外).
 */
public enum DocumentCategory {
	DOMESTIC, HK_MACAO_TAIWAN,
	/** A foreigner travelling on a passport: entry port, date and permitted stay are asked. */
	FOREIGN,
	/** A foreigner holding a permanent residence card: lives here, so no entry facts are asked. */
	FOREIGN_RESIDENT;

	// Public-security document-type codes (see the document-type code table) by family.
	private static final Map<String, DocumentCategory> BY_TYPE = Map.of("111", DOMESTIC, "112", DOMESTIC, "511",
			HK_MACAO_TAIWAN, "516", HK_MACAO_TAIWAN, "991", HK_MACAO_TAIWAN, "414", FOREIGN, "553",
			FOREIGN_RESIDENT);

	/**
	 * The document types of this family, so that SQL (statistics group by the family) uses the same mapping as
	 * {@link #of(String)} rather than a copy of it.
	 */
	public java.util.Set<String> documentTypes() {
		return BY_TYPE.entrySet().stream().filter(e -> e.getValue() == this).map(Map.Entry::getKey)
			.collect(java.util.stream.Collectors.toUnmodifiableSet());
	}

	/** The family of a document type, or null for a type outside the known families. */
	public static DocumentCategory of(String documentType) {
		return documentType == null ? null : BY_TYPE.get(documentType);
	}
}
