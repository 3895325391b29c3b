package io.zhian.trade;

/**
 * One declared attribute of a record or of a party.
 *
 * @param name the JSON member under {@code attributes}
 * @param type how the value is written and checked
 * @param required whether the value must be present (for a party field: for the parties it applies to)
 * @param codeTable the code table of a {@link FieldType#CODE} field, else null
 * @param maxLength the longest text accepted, for {@link FieldType#TEXT}
 * @param labelZh the field's name in Chinese, as the requirement text calls it
 * @param labelEn the field's name in English
 */
public record FieldSpec(String name, FieldType type, boolean required, String codeTable, int maxLength,
		String labelZh, String labelEn) {

	public static FieldSpec text(String name, int maxLength, boolean required, String labelZh, String labelEn) {
		return new FieldSpec(name, FieldType.TEXT, required, null, maxLength, labelZh, labelEn);
	}

	public static FieldSpec code(String name, String codeTable, boolean required, String labelZh, String labelEn) {
		return new FieldSpec(name, FieldType.CODE, required, codeTable, 0, labelZh, labelEn);
	}

	public static FieldSpec of(String name, FieldType type, boolean required, String labelZh, String labelEn) {
		return new FieldSpec(name, type, required, null, 0, labelZh, labelEn);
	}
}
