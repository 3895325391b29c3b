package io.zhian.bench.load;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;

/** One row of PostgreSQL's COPY text format, built column by column (tab-separated, \N for null, escaped). */
final class CopyText {

	private final StringBuilder out;
	private boolean first = true;

	CopyText(StringBuilder out) {
		this.out = out;
	}

	CopyText text(String value) {
		separate();
		if (value == null) {
			out.append("\\N");
			return this;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case '\t' -> out.append("\\t");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				default -> out.append(c);
			}
		}
		return this;
	}

	CopyText number(long value) {
		separate();
		out.append(value);
		return this;
	}

	CopyText time(OffsetDateTime value) {
		return text(value == null ? null : value.toString());
	}

	CopyText date(LocalDate value) {
		return text(value == null ? null : value.toString());
	}

	/** A varchar[] literal, every element quoted, in the collection's order (the order intake stores). */
	CopyText array(Collection<String> values) {
		StringBuilder literal = new StringBuilder("{");
		for (String value : values) {
			if (literal.length() > 1) {
				literal.append(',');
			}
			literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
		}
		return text(literal.append('}').toString());
	}

	void end() {
		out.append('\n');
		first = true;
	}

	private void separate() {
		if (!first) {
			out.append('\t');
		}
		first = false;
	}
}
