package io.zhian.stats;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A cross-tab's answer. {@code records} counts distinct records, {@code parties} the persons on them (a person
 * who stayed twice counts twice). Grouped by a party's dimension (category, sex, age band, region), a record
 * with guests of two groups counts in both, so the rows' records may add up to more than the total; the
 * parties always add up.
 */
record CrossTab(List<String> groupBy, OffsetDateTime from, OffsetDateTime to, List<Row> rows, Counts totals) {

	record Key(String code, String name) {
	}

	/** @param keys by dimension name, in the order of {@code groupBy} */
	record Row(Map<String, Key> keys, long records, long parties) {
	}

	record Counts(long records, long parties) {
	}
}
