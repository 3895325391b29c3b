package io.zhian.reference;

import java.nio.CharBuffer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;

/**
 * The rules of identity-document numbers, above all GB 11643-1999 citizen ID numbers (公民身份号码): 17 digits
 * (six-digit GB/T 2260 region, YYYYMMDD birth date, three-digit sequence whose last digit is odd for men)
 * and an ISO 7064 MOD 11-2 check character. Old 15-digit numbers (YYMMDD, no check character) are upgraded
 * to 18 digits. Other document types get a light check of their form.
 * <p>
 * Intake validation, search keys and watch-list keys all call this class: there is no second copy of these
 * rules. It runs on every record, so the hot path uses no regular expressions and allocates little: one
 * cleaned string, the answer and its date.
 */
@Component
public class IdNumbers {

	/** ISO 7064 MOD 11-2 weights of the 17 body digits, 2^(18-i) mod 11. */
	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
	private static final char[] CHECK_CHARACTERS = "10X98765432".toCharArray();

	/**
	 * Earliest birth year accepted. Not 1900: GB 11643's own example, 440524188001010014, was born in 1880, and
	 * the oldest holders of the first cards (1984) were born in the 1870s.
	 */
	static final int EARLIEST_BIRTH_YEAR = 1850;

	/** Birth dates are Chinese calendar days: "today" is today in China (UTC+8 all year, no daylight saving). */
	private static final long CHINA_OFFSET_MILLIS = 8 * 3_600_000L;
	private static final long DAY_MILLIS = 86_400_000L;

	/**
	 * 港澳台居民居住证 numbers use these prefixes. 810000 and 820000 are GB/T 2260 codes; 830000 is used only
	 * by the permit (Taiwan's GB/T 2260 code is 710000), so the region table may lack it: these are known anyway.
	 */
	private static final Region HONG_KONG = new Region("810000", "香港特别行政区", "PROVINCE", null, null);
	private static final Region MACAO = new Region("820000", "澳门特别行政区", "PROVINCE", null, null);
	private static final Region TAIWAN = new Region("830000", "台湾", "PROVINCE", null, null);

	private final RegionLookup regions;
	private final Clock clock;

	/** Today's date as YYYYMMDD with the span of instants it holds for, so that the clock is read cheaply. */
	private volatile Today today = new Today(Long.MIN_VALUE, Long.MIN_VALUE, 0);

	private record Today(long fromMillis, long untilMillis, int yyyymmdd) {
	}

	public IdNumbers(RegionLookup regions, Clock clock) {
		this.regions = regions;
		this.clock = clock;
	}

	/** The codes of the document types that {@link #check} knows. */
	public static Set<String> documentTypes() {
		return DocumentTypes.codes();
	}

	/**
	 * Checks a document number against the rules of its type. Never throws for bad input: an invalid number is
	 * an answer with {@code valid=false} and a reason (ZA-4101 unknown type, ZA-4102 malformed ID number,
	 * ZA-4103 wrong check character, ZA-4104 impossible birth date, ZA-4105 unknown region, ZA-4106 a number not
	 * of its type's form).
	 */
	public IdCheck check(String documentType, String documentNumber) {
		DocumentTypes.Rule rule = DocumentTypes.rule(documentType);
		String number = clean(documentNumber);
		if (rule == null) {
			return IdCheck.invalid(documentType, number, ErrorCode.DOCUMENT_TYPE_UNKNOWN, String.valueOf(documentType));
		}
		switch (rule) {
			case CITIZEN_ID:
				return checkIdNumber(documentType, number, false);
			case RESIDENCE_PERMIT:
				return checkIdNumber(documentType, number, true);
			default:
				String normalized = normalizeOther(rule, number);
				return normalized == null ? IdCheck.invalid(documentType, number, ErrorCode.DOCUMENT_NUMBER_FORMAT,
						documentType) : IdCheck.valid(documentType, normalized);
		}
	}

	/**
	 * The number part of a person key (DESIGN §4: document type and normalised number): trimmed, upper-case,
	 * full-width characters folded, a 15-digit ID number upgraded to 18 digits and the issue count dropped from
	 * travel-permit numbers. Also for numbers that fail the check, which are still recorded.
	 */
	public String personKeyNumber(String documentType, String number) {
		String cleaned = clean(number);
		DocumentTypes.Rule rule = DocumentTypes.rule(documentType);
		if (rule == null) {
			return cleaned;
		}
		switch (rule) {
			case CITIZEN_ID:
			case RESIDENCE_PERMIT:
				return cleaned.length() == 15 && digits(cleaned, 0, 15) ? upgrade(cleaned) : cleaned;
			default:
				String normalized = normalizeOther(rule, cleaned);
				return normalized == null ? cleaned : normalized;
		}
	}

	/** Masks a number for logs and the audit trail: the first six and the last four characters stay. */
	public static String mask(String number) {
		if (number == null) {
			return null;
		}
		int length = number.length();
		if (length <= 10) {
			// Too short to show ten characters and still hide something: keep only the last two.
			return "*".repeat(Math.max(0, length - 2)) + number.substring(Math.max(0, length - 2));
		}
		return number.substring(0, 6) + "*".repeat(length - 10) + number.substring(length - 4);
	}

	private IdCheck checkIdNumber(String type, String number, boolean permitOnly) {
		int length = number.length();
		if (length == 18) {
			if (!digits(number, 0, 17)) {
				return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_FORMAT);
			}
			char last = number.charAt(17);
			if ((last < '0' || last > '9') && last != 'X') {
				return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_FORMAT);
			}
			if (permitOnly && !permitPrefix(number)) {
				return IdCheck.invalid(type, number, ErrorCode.DOCUMENT_NUMBER_FORMAT, type);
			}
			char expected = checkCharacter(number);
			if (last != expected) {
				return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_CHECKSUM, String.valueOf(expected));
			}
			return checkContent(type, number, number, 6, value(number, 6, 4), 16);
		}
		if (length == 15) {
			if (!digits(number, 0, 15)) {
				return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_FORMAT);
			}
			if (permitOnly) {
				// Residence permits were first issued in 2018, always with 18 characters.
				return IdCheck.invalid(type, number, ErrorCode.DOCUMENT_NUMBER_FORMAT, type);
			}
			return checkContent(type, number, null, 6, 1900 + value(number, 6, 2), 14);
		}
		return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_FORMAT);
	}

	/**
	 * Birth date, region and sex, common to both lengths. {@code dateStart} is where the birth date starts,
	 * {@code year} the four-digit year, {@code monthStart} follows from the length; {@code sexIndex} the digit
	 * whose parity gives the sex. {@code upgraded} is the 18-digit number, or null to compute it (15 digits).
	 */
	private IdCheck checkContent(String type, String number, String upgraded, int dateStart, int year, int sexIndex) {
		int monthStart = number.length() == 18 ? dateStart + 4 : dateStart + 2;
		int month = value(number, monthStart, 2);
		int day = value(number, monthStart + 2, 2);
		if (year < EARLIEST_BIRTH_YEAR || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)
				|| year * 10_000 + month * 100 + day > today()) {
			return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_BIRTH_DATE,
					String.format("%04d-%02d-%02d", year, month, day));
		}
		String regionCode = number.substring(0, 6);
		Region region = region(regionCode);
		if (region == null) {
			return IdCheck.invalid(type, number, ErrorCode.ID_NUMBER_REGION, regionCode);
		}
		String normalized = upgraded != null ? upgraded : upgrade(number);
		String sex = (number.charAt(sexIndex) - '0') % 2 == 1 ? "1" : "2";
		return new IdCheck(true, type, normalized, sex, LocalDate.of(year, month, day), region, null, List.of());
	}

	private Region region(String code) {
		Region found = regions.find(code).orElse(null);
		if (found != null) {
			return found;
		}
		switch (code) {
			case "810000":
				return HONG_KONG;
			case "820000":
				return MACAO;
			case "830000":
				return TAIWAN;
			default:
				return null;
		}
	}

	private static boolean permitPrefix(String number) {
		return number.charAt(0) == '8' && number.charAt(1) >= '1' && number.charAt(1) <= '3'
				&& number.startsWith("0000", 2);
	}

	/** The check character of the first 17 digits (ISO 7064 MOD 11-2). */
	static char checkCharacter(CharSequence number) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (number.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK_CHARACTERS[sum % 11];
	}

	/** The full 18-character number for a 17-digit body: for demo and synthetic data, which must be valid. */
	public static String withCheckCharacter(String body) {
		return body + checkCharacter(body);
	}

	/** 15 → 18 digits: the century "19" goes before the two-digit year and the check character is appended. */
	static String upgrade(String fifteen) {
		char[] eighteen = new char[18];
		fifteen.getChars(0, 6, eighteen, 0);
		eighteen[6] = '1';
		eighteen[7] = '9';
		fifteen.getChars(6, 15, eighteen, 8);
		eighteen[17] = checkCharacter(CharBuffer.wrap(eighteen));
		return new String(eighteen);
	}

	/**
	 * Passports, travel permits and permanent-residence cards: their form only, as these numbers carry no
	 * check character we can verify. Answers the normalised number, or null when the form is wrong.
	 */
	private static String normalizeOther(DocumentTypes.Rule rule, String number) {
		int length = number.length();
		switch (rule) {
			case PASSPORT:
				// ICAO 9303 allows up to 9 characters in the machine-readable zone, but national numbers
				// (with check digits or prefixes) are longer in some systems; 5 to 20 letters and digits.
				return length >= 5 && length <= 20 && lettersOrDigits(number) ? number : null;
			case HK_MACAO_PERMIT:
				// H (Hong Kong) or M (Macao) and 8 digits; older cards print a 2-digit issue count after them,
				// which is not part of the holder's number (the same holder keeps the same 9 characters).
				if ((length == 9 || length == 11) && (number.charAt(0) == 'H' || number.charAt(0) == 'M')
						&& digits(number, 1, length)) {
					return length == 9 ? number : number.substring(0, 9);
				}
				return null;
			case TAIWAN_PERMIT:
				// 8 digits, one number for life since 2008; older cards add a 2-digit issue count.
				if ((length == 8 || length == 10) && digits(number, 0, length)) {
					return length == 8 ? number : number.substring(0, 8);
				}
				return null;
			case PERMANENT_RESIDENCE_CARD:
				// 2004 card: 15 characters, ISO 3166 alpha-3 nationality and 12 digits; 2023 card: 18 characters
				// beginning with 9, 17 digits and a digit or X. Only the form is checked.
				if (length == 15 && letters(number, 0, 3) && digits(number, 3, 15)) {
					return number;
				}
				if (length == 18 && number.charAt(0) == '9' && digits(number, 0, 17)
						&& (digits(number, 17, 18) || number.charAt(17) == 'X')) {
					return number;
				}
				return null;
			default:
				throw new IllegalStateException("not a light-check rule: " + rule);
		}
	}

	/**
	 * Strips whitespace anywhere (numbers are read aloud and typed in groups), folds full-width characters to
	 * ASCII and letters to upper case. Answers the input itself when nothing changes.
	 */
	static String clean(String number) {
		if (number == null) {
			return "";
		}
		int length = number.length();
		int i = 0;
		while (i < length && plain(number.charAt(i))) {
			i++;
		}
		if (i == length) {
			return number;
		}
		char[] out = new char[length];
		number.getChars(0, i, out, 0);
		int n = i;
		for (; i < length; i++) {
			char c = number.charAt(i);
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\u3000' || c == '\u00A0') {
				continue;
			}
			if (c >= 'a' && c <= 'z') {
				c = (char) (c - 32);
			}
			out[n++] = c;
		}
		return new String(out, 0, n);
	}

	private static boolean plain(char c) {
		return c > ' ' && c <= '~' && (c < 'a' || c > 'z');
	}

	private int today() {
		long now = clock.millis();
		Today current = today;
		if (now < current.fromMillis() || now >= current.untilMillis()) {
			long epochDay = Math.floorDiv(now + CHINA_OFFSET_MILLIS, DAY_MILLIS);
			LocalDate date = LocalDate.ofEpochDay(epochDay);
			long from = epochDay * DAY_MILLIS - CHINA_OFFSET_MILLIS;
			current = new Today(from, from + DAY_MILLIS,
					date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth());
			today = current;
		}
		return current.yyyymmdd();
	}

	private static int daysIn(int year, int month) {
		switch (month) {
			case 2:
				return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
			case 4:
			case 6:
			case 9:
			case 11:
				return 30;
			default:
				return 31;
		}
	}

	private static int value(String s, int from, int count) {
		int value = 0;
		for (int i = from; i < from + count; i++) {
			value = value * 10 + (s.charAt(i) - '0');
		}
		return value;
	}

	private static boolean digits(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				return false;
			}
		}
		return true;
	}

	private static boolean letters(String s, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < 'A' || c > 'Z') {
				return false;
			}
		}
		return true;
	}

	private static boolean lettersOrDigits(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if ((c < 'A' || c > 'Z') && (c < '0' || c > '9')) {
				return false;
			}
		}
		return true;
	}
}
