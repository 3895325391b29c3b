package io.zhian.trade;

/** How a declared field's value is written in JSON and checked. */
public enum FieldType {
	/** Free text, trimmed; {@link FieldSpec#maxLength()} applies. */
	TEXT,
	/** A code from the field's code table (the table's local extensions and legacy mappings included). */
	CODE,
	/** An ISO date, {@code 2026-11-20}. */
	DATE,
	/** An ISO date-time with offset, {@code 2026-11-20T21:15:00+08:00}. */
	DATE_TIME,
	/** A whole number. */
	INTEGER,
	/** A decimal number (amounts, weights). */
	DECIMAL,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** The id of a photo the venue uploaded ({@code POST /api/v1/files}): an item's photo, a document's back. */
	PHOTO
}
