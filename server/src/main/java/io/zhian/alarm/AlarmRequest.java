package io.zhian.alarm;

import java.time.OffsetDateTime;

/**
 * What a module asks the alarm module to raise.
 *
 * @param dedupeKey the same key never raises a second alarm, so that a comparison repeated after a crash or a
 * retry is harmless, e.g. {@code watch:<entryId>:record:<recordId>:party:<position>}
 * @param venueId the venue where it happened: routes the alarm to the venue's station and responsible officer;
 * null when no venue is involved (then only the owning unit sees it)
 * @param recordId the record that matched, with its {@code recordOccurredAt} (the record's partition key); null
 * for a panic button
 * @param subjectType {@code PERSON}, {@code VEHICLE}, {@code ITEM} or {@code PHONE}; null for a panic button
 * @param documentType the person's document type, when the subject is a person
 * @param documentNumber the person's document number, as reported (alarms are filtered by it)
 * @param name the person's name, as reported
 * @param subjectValue the matched value for other subjects: plate, VIN, IMEI, serial number or phone number
 * @param watchEntryId the matched watch entry, when there is one
 * @param category the watch entry's category code (e.g. {@code FUGITIVE}), or the rule that fired
 * @param owningUnitId the unit that owns the watch entry: it sees the alarm beside the venue's station
 * @param retrospective found by reverse lookup (倒查) of past records rather than at intake
 * @param summary one line for lists, in Chinese, e.g. {@code 在逃人员 张三 入住 渝中大酒店}
 */
public record AlarmRequest(AlarmKind kind, AlarmLevel level, String dedupeKey, Long venueId, Long recordId,
		OffsetDateTime recordOccurredAt, String subjectType, String documentType, String documentNumber, String name,
		String subjectValue, Long watchEntryId, String category, Long owningUnitId, boolean retrospective,
		String summary) {
}
