package io.zhian.reference;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.zhian.common.ErrorCode;

/**
 * The rules of the numbers that identify vehicles and devices: Chinese plate numbers (GA 36), VINs (ISO 3779,
 * GB 16735) and IMEIs (3GPP TS 23.003). Each number is first normalised the one way that intake, search and
 * watch-list comparison all use, so that "渝A·123 45" typed at a repair shop and "渝A12345" on a stolen-vehicle
 * list are the same key.
 */
public final class ObjectIdentifiers {

	// Province abbreviations of civil plates, then the issuing office's letter (never I or O), then five
	// characters (six on new-energy plates); the last may be a use mark: 挂 trailer, 学 learner, 警 police,
	// 港/澳 cross-border, 领 consulate, 试 test, 超 over-size.
	private static final Pattern PLATE = Pattern.compile(
			"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
					+ "(?:[A-HJ-NP-Z0-9]{5,6}|[A-HJ-NP-Z0-9]{4}[挂学警港澳领试超])");
	/** Embassy plates: 使 and six digits. */
	private static final Pattern EMBASSY_PLATE = Pattern.compile("使[0-9]{6}");
	private static final Pattern PLATE_SEPARATORS = Pattern.compile("[\\s·•.\\-]");
	private static final Pattern VIN = Pattern.compile("[A-HJ-NPR-Z0-9]{17}");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-/]");
	private static final Pattern IMEI = Pattern.compile("[0-9]{15}");
	/** ISO 3779 weights of the 17 positions; the 9th, the check digit itself, weighs 0. */
	private static final int[] VIN_WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

	private ObjectIdentifiers() {
	}

	/** Whether a number passed, its normalised form, and when not, the numbered reason with its arguments. */
	public record Check(boolean valid, String normalized, ErrorCode reason, List<String> arguments) {

		static Check ok(String normalized) {
			return new Check(true, normalized, null, List.of());
		}

		static Check refused(String normalized, ErrorCode reason, String... arguments) {
			return new Check(false, normalized, reason, List.of(arguments));
		}
	}

	/** Upper-case, without spaces, the middle dot of printed plates, dots and hyphens. */
	public static String normalizePlate(String raw) {
		return raw == null ? null : PLATE_SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(Locale.ROOT);
	}

	public static String normalizeVin(String raw) {
		return raw == null ? null : SEPARATORS.matcher(raw.strip()).replaceAll("").toUpperCase(Locale.ROOT);
	}

	public static String normalizeImei(String raw) {
		return raw == null ? null : SEPARATORS.matcher(raw.strip()).replaceAll("");
	}

	/** A civil plate (渝A12345, 渝AD12345 new-energy, 渝A1234学) or an embassy plate (使014578). */
	public static Check plate(String raw) {
		String plate = normalizePlate(raw);
		return PLATE.matcher(plate).matches() || EMBASSY_PLATE.matcher(plate).matches() ? Check.ok(plate)
				: Check.refused(plate, ErrorCode.PLATE_INVALID);
	}

	/**
	 * A VIN: 17 characters without I, O and Q. The 9th is a check digit for makers in China (world manufacturer
	 * identifiers starting with L; GB 16735 requires it) and North America (1–5); European and most Asian makers
	 * use the position freely, so their VINs are checked for form only.
	 */
	public static Check vin(String raw) {
		String vin = normalizeVin(raw);
		if (!VIN.matcher(vin).matches()) {
			return Check.refused(vin, ErrorCode.VIN_INVALID);
		}
		char first = vin.charAt(0);
		boolean checked = first == 'L' || (first >= '1' && first <= '5');
		char expected = vinCheckDigit(vin);
		return !checked || vin.charAt(8) == expected ? Check.ok(vin)
				: Check.refused(vin, ErrorCode.VIN_CHECK_DIGIT, String.valueOf(expected));
	}

	/** The ISO 3779 check digit of a 17-character VIN: weighted sum of the transliterated characters mod 11. */
	public static char vinCheckDigit(String vin) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += transliterate(vin.charAt(i)) * VIN_WEIGHTS[i];
		}
		int remainder = sum % 11;
		return remainder == 10 ? 'X' : (char) ('0' + remainder);
	}

	// A–H are 1–8, J–R 1–9 (no O, Q), S–Z 2–9: the letter's value in its run of the alphabet.
	private static int transliterate(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c <= 'H') {
			return c - 'A' + 1;
		}
		if (c <= 'R') {
			return c - 'J' + 1;
		}
		return c - 'S' + 2;
	}

	/** An IMEI: 15 digits whose last is the Luhn check digit of the first 14. */
	public static Check imei(String raw) {
		String imei = normalizeImei(raw);
		if (!IMEI.matcher(imei).matches()) {
			return Check.refused(imei, ErrorCode.IMEI_INVALID);
		}
		char expected = luhnDigit(imei.substring(0, 14));
		return imei.charAt(14) == expected ? Check.ok(imei)
				: Check.refused(imei, ErrorCode.IMEI_CHECK_DIGIT, String.valueOf(expected));
	}

	/** The Luhn check digit of a digit string: double every second digit from the right, sum digits, to ten. */
	public static char luhnDigit(String digits) {
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int d = digits.charAt(digits.length() - 1 - i) - '0';
			if (i % 2 == 0) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
		}
		return (char) ('0' + (10 - sum % 10) % 10);
	}
}
