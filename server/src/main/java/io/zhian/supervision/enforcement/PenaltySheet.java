package io.zhian.supervision.enforcement;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.zhian.reference.CodeTables;

/** The penalty list as spreadsheet rows: one row per penalty, codes written as their names. */
@Component
class PenaltySheet {

	private static final List<String> HEADERS_ZH = Arrays.asList("决定书文号", "处罚对象", "场所代码", "场所名称", "证件类型",
			"证件号码", "姓名", "处罚种类", "法律依据", "处罚原因", "决定日期", "金额（元）", "决定机关", "所属单位", "分局", "录入单位", "录入人");
	private static final List<String> HEADERS_EN = Arrays.asList("Decision number", "Subject", "Venue code",
			"Venue name", "Document type", "Document number", "Name", "Penalty type", "Legal basis", "Reason",
			"Decided on", "Amount (yuan)", "Deciding unit", "Jurisdiction", "District", "Recorded by unit",
			"Recorded by");

	private final CodeTables codes;

	PenaltySheet(CodeTables codes) {
		this.codes = codes;
	}

	static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

	List<String> headers(Locale locale) {
		return english(locale) ? HEADERS_EN : HEADERS_ZH;
	}

	List<List<?>> rows(List<Penalty> penalties, Locale locale) {
		return penalties.stream().<List<?>>map(p -> Arrays.asList(p.decisionNumber(), subject(p.subjectKind(), locale),
				p.venue() == null ? null : p.venue().code(), p.venue() == null ? null : p.venue().name(),
				p.person() == null ? null : name(CodeTables.DOCUMENT_TYPE, p.person().documentType(), locale),
				p.person() == null ? null : p.person().documentNumber(), p.person() == null ? null : p.person().name(),
				name(PenaltyTypes.TABLE, p.penaltyType(), locale), p.legalBasis(), p.reason(), p.decidedOn(),
				p.amount(), p.decidingUnit().name(), p.jurisdiction().name(),
				p.district() == null ? null : p.district().name(), p.recordedUnit().name(), p.recorderName()))
			.toList();
	}

	private String name(String table, String code, Locale locale) {
		return codes.find(table, code)
			.map(e -> english(locale) && e.nameEn() != null ? e.nameEn() : e.name())
			.orElse(code);
	}

	private static String subject(PenaltySubject subject, Locale locale) {
		return switch (subject) {
			case VENUE -> english(locale) ? "Venue" : "场所";
			case PERSON -> english(locale) ? "Person" : "个人";
		};
	}
}
