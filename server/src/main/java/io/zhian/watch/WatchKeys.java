package io.zhian.watch;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The comparison keys: one string per way a subject can be recognised, the same whether it comes from a
 * watch entry or from a stored record, so that a match is one hash lookup. A prefix keeps kinds apart (a
 * serial number never matches a plate).
 */
final class WatchKeys {

	private WatchKeys() {
	}

	/** Document type and the number as the record store keys it (normalised, 15 digits upgraded). */
	static String document(String type, String normalizedNumber) {
		return blank(type) || blank(normalizedNumber) ? null : "D" + type + ":" + normalizedNumber;
	}

	static String nameAndBirth(String normalizedName, LocalDate birthDate) {
		return blank(normalizedName) || birthDate == null ? null : "N" + normalizedName + "|" + birthDate;
	}

	static String plate(String plate) {
		String cleaned = compact(plate);
		return cleaned == null ? null : "P" + cleaned;
	}

	static String vin(String vin) {
		String cleaned = compact(vin);
		return cleaned == null ? null : "V" + cleaned;
	}

	static String imei(String imei) {
		String digits = digits(imei);
		return digits == null ? null : "I" + digits;
	}

	static String serial(String serial) {
		String cleaned = compact(serial);
		return cleaned == null ? null : "S" + cleaned;
	}

	/** An item known only by its kind and description (a gold ring with an engraving…). */
	static String described(String category, String description) {
		String what = compact(description);
		return blank(category) || what == null ? null : "C" + category.strip() + "|" + what;
	}

	/** Digits only, without the country code 86, so 138 1234 5678 and +86-13812345678 meet. */
	static String phone(String phone) {
		String digits = digits(phone);
		if (digits == null) {
			return null;
		}
		if (digits.length() == 13 && digits.startsWith("86")) {
			digits = digits.substring(2);
		}
		return "T" + digits;
	}

	/** Upper case without spaces, dots or dashes: 渝A·12345, 渝a 12345 and 渝A12345 are one plate. */
	static String compact(String value) {
		if (blank(value)) {
			return null;
		}
		StringBuilder kept = new StringBuilder(value.length());
		value.strip().toUpperCase(Locale.ROOT).codePoints()
			.filter(c -> !Character.isWhitespace(c) && c != '-' && c != '·' && c != '.' && c != '\u3000')
			.forEach(kept::appendCodePoint);
		return kept.isEmpty() ? null : kept.toString();
	}

	private static String digits(String value) {
		if (blank(value)) {
			return null;
		}
		StringBuilder kept = new StringBuilder(value.length());
		value.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> kept.append((char) c));
		return kept.isEmpty() ? null : kept.toString();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
