package io.zhian.reference;

/**
 * The standard code a given code stands for.
 *
 * @param input the code as given
 * @param via {@code STANDARD} when the input is itself a code of the table, {@code MAPPING} when a mapping of
 *        the named system led to it
 */
public record Resolution(String table, String input, String code, CodeEntry entry, String via) {

	public static final String STANDARD = "STANDARD";
	public static final String MAPPING = "MAPPING";
}
