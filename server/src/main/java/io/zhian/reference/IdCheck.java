package io.zhian.reference;

import java.time.LocalDate;
import java.util.List;

import io.zhian.common.ErrorCode;

/**
 * The answer of {@link IdNumbers#check}: whether a document number is valid for its type and what it encodes.
 *
 * @param normalizedNumber the number as Zhian keys it (trimmed, upper-case, a 15-digit ID upgraded to 18); for
 * an invalid number the cleaned input, so that it can be shown back
 * @param sex GB/T 2261.1 code ("1" male, "2" female), for ID-number types only
 * @param region the region the number's first six digits name, for ID-number types only
 * @param reason why the number is invalid, null when valid
 * @param reasonArguments the arguments of the reason's message (e.g. the expected check character)
 */
public record IdCheck(boolean valid, String documentType, String normalizedNumber, String sex, LocalDate birthDate,
		Region region, ErrorCode reason, List<String> reasonArguments) {

	static IdCheck invalid(String documentType, String normalizedNumber, ErrorCode reason, String... arguments) {
		return new IdCheck(false, documentType, normalizedNumber, null, null, null, reason, List.of(arguments));
	}

	static IdCheck valid(String documentType, String normalizedNumber) {
		return new IdCheck(true, documentType, normalizedNumber, null, null, null, null, List.of());
	}
}
