package io.zhian.support;

/**
 * Valid citizen ID numbers for tests and benchmarks, computed here (ISO 7064 MOD 11-2) independently of the
 * code under test.
 */
public final class TestIds {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private TestIds() {
	}

	public static char checkCharacter(String body) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (body.charAt(i) - '0') * WEIGHTS[i];
		}
		return "10X98765432".charAt(sum % 11);
	}

	/** The 18-digit number for a 17-digit body. */
	public static String withCheck(String body) {
		return body + checkCharacter(body);
	}

	/** A number of the region born on {@code yyyymmdd}; an odd sequence is a man, an even one a woman. */
	public static String citizen(String region, String birthDate, int sequence) {
		return withCheck(region + birthDate + String.format("%03d", sequence));
	}
}
