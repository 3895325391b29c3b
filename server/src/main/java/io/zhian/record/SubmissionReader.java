package io.zhian.record;

import java.util.List;

import org.springframework.stereotype.Component;

import io.zhian.common.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads one record of a batch on its own, so that a record whose shape is wrong (a number where an object
 * belongs) is refused by itself instead of making the whole batch unreadable.
 */
@Component
class SubmissionReader {

	private final JsonMapper json;

	SubmissionReader(JsonMapper json) {
		this.json = json;
	}

	/** The submission, or the error that it cannot be read. */
	record Read(RecordSubmission submission, List<RecordError> errors) {
	}

	Read read(JsonNode node, int position) {
		try {
			if (node != null && node.isObject()) {
				return new Read(json.treeToValue(node, RecordSubmission.class), List.of());
			}
		}
		catch (JacksonException e) {
			// reported below
		}
		String shown = String.valueOf(node);
		return new Read(null, List.of(RecordError.of("", ErrorCode.FIELD_FORMAT, "records[" + position + "]",
				shown.length() <= 60 ? shown : shown.substring(0, 57) + "...", "record object")));
	}
}
