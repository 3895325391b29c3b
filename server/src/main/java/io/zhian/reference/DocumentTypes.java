package io.zhian.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The document types the identity rules know, in one place. Codes are the public-security 常用证件代码
 * (GA/T 517, superseded by GA/T 2000.156) that hotel and trade systems already send: 111 居民身份证,
 * 112 临时居民身份证, 414 普通护照, 511 台湾居民来往大陆通行证, 516 港澳居民来往内地通行证, 553 外国人永久居留身份证.
 * <p>
 * 港澳台居民居住证 (issued since 2018) postdates those lists and has no code in them that we could verify;
 * systems use private codes. Zhian uses the local extension {@code 991}: the 99x block is the lists'
 * "other documents" block (990 其他证件), so the code cannot collide with a standard one. Its numbers have the
 * GB 11643 form with the prefixes 810000/820000/830000, so they are also accepted under 111, which is what
 * many front desks pick. When the document-type code table lands it becomes the source of this set.
 */
final class DocumentTypes {

	static final String RESIDENT_ID_CARD = "111";
	static final String TEMPORARY_RESIDENT_ID_CARD = "112";
	static final String PASSPORT = "414";
	static final String TAIWAN_TRAVEL_PERMIT = "511";
	static final String HK_MACAO_TRAVEL_PERMIT = "516";
	static final String FOREIGNER_PERMANENT_RESIDENCE_CARD = "553";
	/** Local extension, see the class comment. */
	static final String HK_MACAO_TAIWAN_RESIDENCE_PERMIT = "991";

	/** How a number of each type is checked. */
	enum Rule {
		/** GB 11643 citizen ID number: checksum, birth date, region. */
		CITIZEN_ID,
		/** GB 11643 form with the 810000/820000/830000 prefix of 港澳台居民居住证. */
		RESIDENCE_PERMIT,
		PASSPORT, HK_MACAO_PERMIT, TAIWAN_PERMIT, PERMANENT_RESIDENCE_CARD
	}

	private record Type(Rule rule, String nameZh, String nameEn) {
	}

	private static final Map<String, Type> TYPES = Map.of(
			RESIDENT_ID_CARD, new Type(Rule.CITIZEN_ID, "居民身份证", "resident identity card"),
			TEMPORARY_RESIDENT_ID_CARD, new Type(Rule.CITIZEN_ID, "临时居民身份证", "temporary resident identity card"),
			PASSPORT, new Type(Rule.PASSPORT, "普通护照", "passport"),
			TAIWAN_TRAVEL_PERMIT, new Type(Rule.TAIWAN_PERMIT, "台湾居民来往大陆通行证",
					"Mainland travel permit for Taiwan residents"),
			HK_MACAO_TRAVEL_PERMIT, new Type(Rule.HK_MACAO_PERMIT, "港澳居民来往内地通行证",
					"Mainland travel permit for Hong Kong and Macao residents"),
			FOREIGNER_PERMANENT_RESIDENCE_CARD, new Type(Rule.PERMANENT_RESIDENCE_CARD, "外国人永久居留身份证",
					"foreign permanent resident ID card"),
			HK_MACAO_TAIWAN_RESIDENCE_PERMIT, new Type(Rule.RESIDENCE_PERMIT, "港澳台居民居住证",
					"residence permit for Hong Kong, Macao and Taiwan residents"));

	private DocumentTypes() {
	}

	static Set<String> codes() {
		return TYPES.keySet();
	}

	/** The rule of a type, or null for a type that is not in the set. */
	static Rule rule(String code) {
		Type type = code == null ? null : TYPES.get(code);
		return type == null ? null : type.rule();
	}

	/** The type's name in the language of the locale (Chinese unless English is asked for). */
	static String name(String code, Locale locale) {
		Type type = code == null ? null : TYPES.get(code);
		if (type == null) {
			return code;
		}
		return "en".equals(locale.getLanguage()) ? type.nameEn() : type.nameZh();
	}
}
