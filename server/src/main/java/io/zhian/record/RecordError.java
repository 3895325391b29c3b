package io.zhian.record;

import java.util.List;

import io.zhian.common.ErrorCode;

/**
 * One thing wrong with a submitted record: the field, as a JSON path from the record ({@code
 * parties[0].documentNumber}, {@code attributes.room}), and the numbered reason with its message arguments.
 * The message is rendered in the reader's language when the error is shown, so a lot's results read the same
 * in Chinese and English.
 */
public record RecordError(String field, ErrorCode code, List<String> arguments) {

	static RecordError of(String field, ErrorCode code, Object... arguments) {
		return new RecordError(field, code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}
}
