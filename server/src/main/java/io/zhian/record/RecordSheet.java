package io.zhian.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import io.zhian.reference.CodeEntry;
import io.zhian.reference.CodeTables;
import io.zhian.trade.RecordKind;
import io.zhian.trade.TradeProfiles;

/**
 * Records as the rows of an export sheet, one record a row: header facts, then its people, vehicles and items
 * each in one cell, then its attributes. Trades and kinds by name in the reader's language; personal numbers as
 * the list showed them (masked without the full-view permission).
 */
@Component
class RecordSheet {

	private final TradeProfiles profiles;
	private final CodeTables codes;

	RecordSheet(TradeProfiles profiles, CodeTables codes) {
		this.profiles = profiles;
		this.codes = codes;
	}

	String title(Locale locale) {
		return english(locale) ? "Records" : "业务记录";
	}

	List<String> headers(Locale locale) {
		return english(locale)
				? List.of("Time", "Trade", "Kind", "Venue code", "Venue", "Reference", "People", "Vehicles", "Items",
						"Details", "Entered by")
				: List.of("时间", "行业", "记录类型", "场所编码", "场所", "编号", "人员", "车辆", "物品", "业务信息", "登记人");
	}

	List<List<Object>> rows(List<RecordView> records, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (RecordView r : records) {
			List<Object> row = new ArrayList<>();
			row.add(r.occurredAt());
			row.add(codes.find(CodeTables.TRADE, r.trade()).map(e -> name(e, locale)).orElse(r.trade()));
			row.add(profiles.kind(r.trade(), r.kind()).map(k -> label(k, locale)).orElse(r.kind()));
			row.add(r.venue().code());
			row.add(r.venue().name());
			row.add(r.reference());
			row.add(r.parties().stream().map(p -> p.role() + " " + p.name() + " " + p.documentNumber())
				.collect(Collectors.joining("; ")));
			row.add(r.vehicles().stream().map(v -> join(v.plate(), v.vin())).collect(Collectors.joining("; ")));
			row.add(r.items().stream()
				.map(i -> join(i.category(), String.valueOf(i.attributes().getOrDefault("name", "")), i.imei(),
						i.serialNumber()))
				.collect(Collectors.joining("; ")));
			row.add(attributes(r.attributes()));
			row.add(r.operatorName());
			rows.add(row);
		}
		return rows;
	}

	private static String attributes(Map<String, Object> attributes) {
		return attributes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
	}

	private static String join(String... parts) {
		return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(" "));
	}

	private static String name(CodeEntry entry, Locale locale) {
		return english(locale) && entry.nameEn() != null ? entry.nameEn() : entry.name();
	}

	private static String label(RecordKind kind, Locale locale) {
		return english(locale) ? kind.labelEn() : kind.labelZh();
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
