package io.zhian.security;

import java.security.SecureRandom;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import io.zhian.common.ZhianException;

/**
 * At least 8 characters drawn from at least 3 of the 4 classes: upper case, lower case, digits, symbols
 * (the usual reading of GB/T 22239 level-3 identification requirements). Reuse is checked elsewhere.
 */
@Component
class PasswordPolicy {

	static final int MIN_LENGTH = 8;
	static final int MAX_LENGTH = 128;
	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
	private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
	private static final String DIGITS = "23456789";
	private static final String SYMBOLS = "!@#$%^&*-_=+?";

	private final SecureRandom random = new SecureRandom();

	void check(String username, String password) {
		if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
				|| classes(password) < 3
				|| (username != null && password.toLowerCase().contains(username.toLowerCase()))) {
			throw new ZhianException(ErrorCode.PASSWORD_POLICY_VIOLATION, MIN_LENGTH);
		}
	}

	static int classes(String password) {
		boolean upper = false, lower = false, digit = false, symbol = false;
		for (int i = 0; i < password.length(); i++) {
			char c = password.charAt(i);
			if (Character.isUpperCase(c)) {
				upper = true;
			}
			else if (Character.isLowerCase(c)) {
				lower = true;
			}
			else if (Character.isDigit(c)) {
				digit = true;
			}
			else {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

	/** A random password of all four classes, without look-alike characters, for hand-over by an admin. */
	String temporary() {
		StringBuilder out = new StringBuilder();
		for (String alphabet : new String[] { UPPER, LOWER, DIGITS, SYMBOLS }) {
			out.append(pick(alphabet));
		}
		String all = UPPER + LOWER + DIGITS;
		while (out.length() < 14) {
			out.append(pick(all));
		}
		// Shuffle so the classes do not always sit in the same places.
		for (int i = out.length() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			char c = out.charAt(i);
			out.setCharAt(i, out.charAt(j));
			out.setCharAt(j, c);
		}
		return out.toString();
	}

	private char pick(String alphabet) {
		return alphabet.charAt(random.nextInt(alphabet.length()));
	}
}
