package io.zhian.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every table in memory, immutable: lookups run millions of times (intake validation, ID checks), so they
 * must not touch the database. A load or an administrator's change builds a new snapshot and swaps it in.
 */
final class CodeTableSnapshot {

	static final CodeTableSnapshot EMPTY = new CodeTableSnapshot(List.of(), Map.of(), Map.of());

	/** One table: its description, entries in code order, entries by code, mappings by system and code. */
	record Table(CodeTableInfo info, List<CodeEntry> entries, Map<String, CodeEntry> byCode,
			Map<String, Map<String, String>> mappings, List<CodeMapping> mappingList) {
	}

	private final Map<String, Table> tables;
	private final List<CodeTableInfo> infos;
	private final Map<String, Region> regions;

	private CodeTableSnapshot(List<CodeTableInfo> infos, Map<String, Table> tables, Map<String, Region> regions) {
		this.infos = infos;
		this.tables = tables;
		this.regions = regions;
	}

	static CodeTableSnapshot of(List<TableRow> tableRows, Map<String, List<CodeEntry>> entries,
			Map<String, List<CodeMapping>> mappings) {
		Map<String, Table> tables = new LinkedHashMap<>();
		List<CodeTableInfo> infos = new ArrayList<>();
		for (TableRow row : tableRows) {
			List<CodeEntry> list = List.copyOf(entries.getOrDefault(row.name(), List.of()));
			Map<String, CodeEntry> byCode = new HashMap<>(list.size() * 2);
			for (CodeEntry entry : list) {
				byCode.put(entry.code(), entry);
			}
			List<CodeMapping> mappingList = List.copyOf(mappings.getOrDefault(row.name(), List.of()));
			Map<String, Map<String, String>> bySystem = new HashMap<>();
			for (CodeMapping mapping : mappingList) {
				bySystem.computeIfAbsent(mapping.system(), s -> new HashMap<>()).put(mapping.legacyCode(), mapping.code());
			}
			bySystem.replaceAll((system, codes) -> Map.copyOf(codes));
			CodeTableInfo info = new CodeTableInfo(row.name(), row.title(), row.titleEn(), row.standard(),
					row.version(), row.source(), list.size());
			infos.add(info);
			tables.put(row.name(), new Table(info, list, Map.copyOf(byCode), Map.copyOf(bySystem), mappingList));
		}
		Map<String, Region> regions = new HashMap<>();
		Table region = tables.get(CodeTables.REGION);
		if (region != null) {
			for (CodeEntry entry : region.entries()) {
				regions.put(entry.code(), new Region(entry.code(), entry.name(), level(entry), entry.validFrom(),
						entry.validTo()));
			}
		}
		return new CodeTableSnapshot(List.copyOf(infos), Map.copyOf(tables), Map.copyOf(regions));
	}

	/** A region's level as shipped, or from the shape of its code for a local entry without one. */
	private static String level(CodeEntry entry) {
		Object level = entry.attributes().get("level");
		if (level != null) {
			return level.toString();
		}
		String code = entry.code();
		return code.endsWith("0000") ? "PROVINCE" : code.endsWith("00") ? "PREFECTURE" : "COUNTY";
	}

	Table table(String name) {
		return tables.get(name);
	}

	List<CodeTableInfo> infos() {
		return infos;
	}

	Region region(String code) {
		return regions.get(code);
	}

	/** A row of {@code ref_code_table}. */
	record TableRow(String name, String title, String titleEn, String standard, String version, String source) {
	}
}
