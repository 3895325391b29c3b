package io.zhian.watch;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of an imported list, found by their header (English field names or the Chinese titles police
 * lists carry), in any order; unknown columns are ignored.
 */
final class ListColumns {

	static final List<String> FIELDS = List.of("targetType", "documentType", "documentNumber", "name", "birthDate",
			"plate", "vin", "imei", "serialNumber", "itemCategory", "description", "phone", "category", "reason",
			"validTo");

	private static final Map<String, String> TITLES = Map.ofEntries(Map.entry("对象类型", "targetType"),
			Map.entry("证件类型", "documentType"), Map.entry("证件号码", "documentNumber"), Map.entry("身份证号", "documentNumber"),
			Map.entry("姓名", "name"), Map.entry("出生日期", "birthDate"), Map.entry("车牌号码", "plate"),
			Map.entry("号牌号码", "plate"), Map.entry("车架号", "vin"), Map.entry("车辆识别代号", "vin"),
			Map.entry("串号", "imei"), Map.entry("序列号", "serialNumber"), Map.entry("物品类别", "itemCategory"),
			Map.entry("物品描述", "description"), Map.entry("电话号码", "phone"), Map.entry("手机号码", "phone"),
			Map.entry("布控类别", "category"), Map.entry("布控原因", "reason"), Map.entry("有效期至", "validTo"));

	private final Map<String, Integer> positions = new HashMap<>();

	ListColumns(List<String> header) {
		for (int i = 0; i < header.size(); i++) {
			String field = field(header.get(i));
			if (field != null) {
				positions.putIfAbsent(field, i);
			}
		}
	}

	boolean recognised() {
		return !positions.isEmpty();
	}

	/** The cell of {@code field} in the row; null when the column is absent or the cell empty. */
	String get(List<String> cells, String field) {
		Integer at = positions.get(field);
		if (at == null || at >= cells.size() || cells.get(at).isEmpty()) {
			return null;
		}
		return cells.get(at);
	}

	/** The row as a target; the target type is inferred from the filled columns when the row does not say. */
	TargetInput target(List<String> cells) {
		String type = get(cells, "targetType");
		if (type == null) {
			type = get(cells, "documentNumber") != null || get(cells, "name") != null ? "PERSON"
					: get(cells, "plate") != null || get(cells, "vin") != null ? "VEHICLE"
					: get(cells, "imei") != null || get(cells, "serialNumber") != null
							|| get(cells, "description") != null ? "ITEM"
					: get(cells, "phone") != null ? "PHONE" : null;
		}
		return new TargetInput(type, get(cells, "documentType"), get(cells, "documentNumber"), get(cells, "name"),
				get(cells, "birthDate"), get(cells, "plate"), get(cells, "vin"), get(cells, "imei"),
				get(cells, "serialNumber"), get(cells, "itemCategory"), get(cells, "description"),
				get(cells, "phone"));
	}

	private static String field(String title) {
		String cleaned = title == null ? "" : title.strip().replace("\uFEFF", "");
		for (String field : FIELDS) {
			if (field.toLowerCase(Locale.ROOT).equals(cleaned.toLowerCase(Locale.ROOT))) {
				return field;
			}
		}
		return TITLES.get(cleaned);
	}
}
