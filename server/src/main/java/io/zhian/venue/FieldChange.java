package io.zhian.venue;

/** One field changed: its name in the API and its value before and after, as text. */
public record FieldChange(String field, String before, String after) {
}
