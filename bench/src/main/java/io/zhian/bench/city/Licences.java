package io.zhian.bench.city;

import java.util.SplittableRandom;

/**
 * Unified social credit codes (统一社会信用代码, GB 32100-2015) with both check characters right: the
 * organisation code's (GB 11714, mod 11) and the whole code's (mod 31), so a venue's licence number looks real.
 */
final class Licences {

	private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
	private static final int[] CODE_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private Licences() {
	}

	/** A code registered by market regulation (9) for an enterprise (1) of {@code region}. */
	static String creditCode(SplittableRandom random, String region) {
		StringBuilder organisation = new StringBuilder();
		int sum = 0;
		for (int i = 0; i < 8; i++) {
			int value = random.nextInt(10);
			organisation.append(value);
			sum += value * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		organisation.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
		String body = "91" + region + organisation;
		int total = 0;
		for (int i = 0; i < 17; i++) {
			total += ALPHABET.indexOf(body.charAt(i)) * CODE_WEIGHTS[i];
		}
		return body + ALPHABET.charAt((31 - total % 31) % 31);
	}
}
