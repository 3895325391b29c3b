package io.zhian.watch;

/**
 * Filters of the watch-entry list; all optional.
 *
 * @param q a document number prefix, or a name, plate, VIN, IMEI, serial or phone number exactly
 * @param listId entries of one imported list (its active version); {@code 0} for entries entered one by one
 */
public record WatchEntryQuery(EntryStatus status, String category, TargetType targetType, String q, Long listId,
		Long owningUnitId) {
}
