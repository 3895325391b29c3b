package io.zhian.reference;

/**
 * A code table as listed by {@code GET /api/v1/codes}.
 *
 * @param table the table's name in paths, e.g. {@code region}
 * @param version the loaded edition of the shipped data
 * @param entries how many entries it has, local ones included
 */
public record CodeTableInfo(String table, String name, String nameEn, String standard, String version,
		String source, int entries) {
}
