package io.zhian.trade;

import java.util.List;

/**
 * A role an item plays in a record (the pledged item, the scrap metal bought, a dismantled assembly). Category,
 * IMEI, serial number and description are the item's own columns (IMEI and serial normalised for search and
 * comparison); everything else is a declared attribute.
 *
 * @param code the role as sent in {@code items[].role}
 * @param min the fewest items of this role a record must have
 * @param max the most items of this role a record may have
 * @param compared whether items in this role are compared against the watch lists (lost and stolen property)
 * @param categoryTable the code table of {@code items[].category}
 * @param categoryRequired whether the category must be present
 * @param imeiAccepted whether an IMEI (mobile phones) may be given; it is checked by its Luhn digit
 * @param serialAccepted whether a serial number or other unique mark (唯一标识, 识别码) may be given
 * @param attributes the role's other fields, under {@code items[].attributes}
 */
public record ItemRole(String code, String labelZh, String labelEn, int min, int max, boolean compared,
		String categoryTable, boolean categoryRequired, boolean imeiAccepted, boolean serialAccepted,
		List<FieldSpec> attributes) {

	public ItemRole {
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}
}
