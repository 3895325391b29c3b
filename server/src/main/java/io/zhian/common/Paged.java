package io.zhian.common;

import java.util.List;

/** One page of a list and the size of the whole list. */
public record Paged<T>(List<T> items, long total) {
}
